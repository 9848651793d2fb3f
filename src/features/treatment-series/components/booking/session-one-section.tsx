import { Loader, Stack, Title } from '@mantine/core';
import { QueryError } from '@/components/query-error';
import { FirstSessionPicker } from './first-session-picker';
import type { BookingPlan } from './use-booking-plan';

/** Visit 1 from the clinician's free slots, once their schedule is loaded. */
export function SessionOneSection({ booking, timeZone }: { booking: BookingPlan; timeZone: string }) {
  const { diary, ctx, clinician } = booking;
  let body = clinician && <Loader size="sm" aria-label="Loading the clinician's schedule" />;
  if (diary.error) {
    body = (
      <QueryError
        error={diary.error}
        title="The clinician's schedule could not be loaded"
        onRetry={() => void diary.refetch()}
        retrying={diary.refetching}
      />
    );
  } else if (ctx && clinician) {
    body = <FirstSessionPicker booking={booking} timeZone={timeZone} clinicianName={clinician.name} />;
  }
  return (
    <Stack component="section" aria-labelledby="booking-first-title" gap="sm">
      <Title order={3} size="h5" id="booking-first-title">
        Visit 1 (clinic time, {timeZone})
      </Title>
      {body}
    </Stack>
  );
}
