import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { atClinicTime, clinicDate, clinicTimeOfDay, MINUTE_MS, toMillis } from '@/lib/clinic-time';
import { dateFormat } from '@/lib/date-formats';
import { dayjs } from '@/lib/dayjs';
import { bookableHoursOn, checkSlot, type ScheduleContext } from '../../domain/availability';

const stepMinutes = 15;

type Props = {
  number: number;
  start: string;
  durationMinutes: number;
  ctx: ScheduleContext;
  minDate: string;
  /** True when staff chose this time (not the app's proposal). */
  chosen: boolean;
  onChange: (start: string | null) => void;
  onDone: () => void;
};

function timeOptions(date: string, durationMinutes: number, ctx: ScheduleContext) {
  const bookable = bookableHoursOn(date, ctx);
  if (!bookable.hours) return { options: [], closedReason: bookable.reason };
  const openMs = toMillis(atClinicTime(date, bookable.hours.open, ctx.timeZone));
  const closeMs = toMillis(atClinicTime(date, bookable.hours.close, ctx.timeZone));
  const options = [];
  for (let ms = openMs; ms + durationMinutes * MINUTE_MS <= closeMs; ms += stepMinutes * MINUTE_MS) {
    const time = clinicTimeOfDay(ms, ctx.timeZone);
    const taken = checkSlot(ms, durationMinutes, ctx).kind !== 'free';
    options.push({ value: time, label: taken ? `${time} (taken)` : time });
  }
  return { options, closedReason: null };
}

/** Change one proposed session: pick the day, then a time within that day's hours (clinic time). */
export function SessionEditor({ number, start, durationMinutes, ctx, minDate, chosen, onChange, onDone }: Props) {
  const { timeZone } = ctx;
  const date = clinicDate(start, timeZone);
  const time = clinicTimeOfDay(start, timeZone);
  const { options, closedReason } = timeOptions(date, durationMinutes, ctx);
  const moveTo = (nextDate: string, nextTime: string) => onChange(atClinicTime(nextDate, nextTime, timeZone));

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <DatePickerInput
          label={`Visit ${number} date`}
          value={date}
          onChange={(next) => next && moveTo(next, time)}
          minDate={minDate}
          getDayProps={(day) => ({ 'aria-label': dayjs.utc(day).format(dateFormat) })}
          valueFormat="ddd D MMM YYYY"
          w={200}
        />
        <Select
          label={`Visit ${number} time`}
          data={options.some((option) => option.value === time) ? options : [{ value: time, label: time }, ...options]}
          value={time}
          onChange={(next) => next && moveTo(date, next)}
          allowDeselect={false}
          w={160}
        />
        {chosen && (
          <Button variant="subtle" onClick={() => onChange(null)}>
            Use the proposed time
          </Button>
        )}
        <Button variant="default" onClick={onDone}>
          Done
        </Button>
      </Group>
      {closedReason && (
        <Text size="sm" c="red">
          {closedReason}: choose another day.
        </Text>
      )}
    </Stack>
  );
}
