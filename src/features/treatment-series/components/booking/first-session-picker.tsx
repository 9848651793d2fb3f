import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { formatClinic } from '@/lib/clinic-time';
import { dateFormat, shortDateFormat, timeFormat } from '@/lib/date-formats';
import { dayjs } from '@/lib/dayjs';
import type { BookingPlan } from './use-booking-plan';

type Props = { booking: BookingPlan; timeZone: string; clinicianName: string };

const dateLabel = (date: string) => dayjs.utc(date).format(dateFormat);

/** Visit 1: any open day in the next twelve months, then one of that day's free start times (clinic time). */
export function FirstSessionPicker({ booking, timeZone, clinicianName }: Props) {
  const { slots, shownDate, sessionOne, today, lastPickable, nextFreeDay } = booking;
  const day = dateLabel(shownDate);

  if (!booking.hasFreeTime) {
    return (
      <Alert color="orange" title="No free time in the next twelve months">
        {clinicianName} has no free slot of this length before {dateLabel(lastPickable)}. Choose another clinician or a
        shorter session.
      </Alert>
    );
  }

  return (
    <Stack gap="xs">
      <DatePickerInput
        label="Visit 1 date"
        description="Days the clinic is closed or the clinician does not work cannot be chosen"
        value={shownDate}
        onChange={(date) => date && booking.pickDate(date)}
        minDate={today}
        maxDate={lastPickable}
        excludeDate={(date) => !booking.isBookableDay(date)}
        getDayProps={(date) => ({ 'aria-label': dateLabel(date) })}
        valueFormat={dateFormat}
        w={{ base: '100%', sm: 260 }}
      />
      {slots.length > 0 ? (
        <Group gap={6} role="group" aria-label={`Free start times on ${day} (clinic time)`}>
          {slots.map((slot) => {
            const selected = slot === sessionOne;
            return (
              <Button
                key={slot}
                size="compact-sm"
                variant={selected ? 'filled' : 'default'}
                aria-pressed={selected}
                onClick={() => booking.chooseStart({ number: 1, start: slot })}
              >
                {formatClinic(slot, timeZone, timeFormat)}
              </Button>
            );
          })}
        </Group>
      ) : (
        <Text size="sm">No free start times on {day}.</Text>
      )}
      {nextFreeDay && slots.length === 0 && (
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Next free day: {dayjs.utc(nextFreeDay).format(shortDateFormat)}
          </Text>
          <Button size="compact-sm" variant="subtle" onClick={() => booking.pickDate(nextFreeDay)}>
            Show next free day
          </Button>
        </Group>
      )}
    </Stack>
  );
}
