import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { errorMessage } from '@/lib/api-error';
import { FirstSessionPicker } from './first-session-picker';
import type { BookingPlan } from './use-booking-plan';

/** Session 1 from the clinician's free slots, once their schedule is loaded. */
export function SessionOneSection({ booking, timeZone }: { booking: BookingPlan; timeZone: string }) {
  const { diary, ctx, clinician } = booking;
  let body = clinician && <Loader size="sm" aria-label="Loading the clinician's schedule" />;
  if (diary.error) {
    body = (
      <Alert color="red" title="The clinician's schedule could not be loaded" role="alert">
        <Text size="sm">{errorMessage(diary.error)}</Text>
        <Button mt="xs" size="xs" onClick={() => void diary.refetch()} loading={diary.refetching}>
          Try again
        </Button>
      </Alert>
    );
  } else if (ctx && clinician) {
    body = <FirstSessionPicker booking={booking} timeZone={timeZone} clinicianName={clinician.name} />;
  }
  return (
    <Stack component="section" aria-labelledby="booking-first-title" gap="sm">
      <Title order={3} size="h5" id="booking-first-title">
        Session 1 (clinic time, {timeZone})
      </Title>
      {body}
    </Stack>
  );
}
