import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import type { BookingProblem } from './booking-problem';

type Conflict = Extract<BookingProblem, { kind: 'conflict' }>;
type Props = { conflict: Conflict; timeZone: string; onChoose: (start: string) => void };

/** The server refused the booking: this session's time was taken meanwhile. Offer the next free slots. */
export function ConflictOffer({ conflict, timeZone, onChoose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <Alert ref={ref} tabIndex={-1} color="red" title="This time was booked by someone else" role="alert">
      <Stack gap="xs">
        <Text size="sm">{conflict.detail} Nothing was booked; everything else you entered is kept.</Text>
        {conflict.nextFreeSlots.length > 0 ? (
          <Group gap="xs" role="group" aria-label={`Next free times for visit ${conflict.number}`}>
            {conflict.nextFreeSlots.map((slot) => (
              <Button key={slot} size="compact-sm" variant="light" onClick={() => onChoose(slot)}>
                Use {formatClinic(slot, timeZone, dateTimeFormat)}
              </Button>
            ))}
          </Group>
        ) : (
          <Text size="sm">There is no free time nearby: change this visit or the first one.</Text>
        )}
      </Stack>
    </Alert>
  );
}
