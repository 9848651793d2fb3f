import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { addCalendarDays, formatClinic } from '@/lib/clinic-time';
import { dateFormat, shortDateFormat, timeFormat } from '@/lib/date-formats';
import { dayjs } from '@/lib/dayjs';
import { type BookingPlan, pickDays } from './use-booking-plan';

type Props = { booking: BookingPlan; timeZone: string; clinicianName: string };

const dateLabel = (date: string) => dayjs.utc(date).format(dateFormat);

/** Visit 1: a day within the next four weeks, then one of that day's free start times (clinic time). */
export function FirstSessionPicker({ booking, timeZone, clinicianName }: Props) {
  const { slotsByDate, shownDate, sessionOne, today } = booking;
  const slots = slotsByDate.get(shownDate) ?? [];
  const nextFreeDay = [...slotsByDate.keys()].find((date) => date > shownDate) ?? null;
  const day = dateLabel(shownDate);

  if (slotsByDate.size === 0) {
    return (
      <Alert color="orange" title="No free time in the next four weeks">
        {clinicianName} has no free slot of this length in the next {pickDays} days. Choose another clinician or a
        shorter session.
      </Alert>
    );
  }

  return (
    <Stack gap="xs">
      <DatePickerInput
        label="Visit 1 date"
        description="Days without a free slot for this clinician cannot be chosen"
        value={shownDate}
        onChange={(date) => date && booking.pickDate(date)}
        minDate={today}
        maxDate={addCalendarDays(today, pickDays - 1)}
        excludeDate={(date) => !slotsByDate.has(date)}
        getDayProps={(date) => ({ 'aria-label': dateLabel(date) })}
        valueFormat="ddd D MMM YYYY"
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
      {nextFreeDay && (
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
