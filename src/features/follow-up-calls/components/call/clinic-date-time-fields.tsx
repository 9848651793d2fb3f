import { Group, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { timeOptions } from '@/features/treatment-series/components/detail/slot-form';
import { clinicDate, hoursOnDate } from '@/lib/clinic-time';
import { dateFormat } from '@/lib/date-formats';
import { dayjs } from '@/lib/dayjs';
import type { ClinicSettings } from '@/shared/settings/schemas';

export type ClinicDateTime = { date: string | null; time: string | null };

type Props = ClinicDateTime & {
  onChange: (value: ClinicDateTime) => void;
  now: number;
  settings: ClinicSettings;
  error: string | undefined;
};

/** A day the clinic is open (from today) and a quarter-hour inside its opening hours, in clinic time. */
export function ClinicDateTimeFields({ date, time, onChange, now, settings, error }: Props) {
  const hours = date ? hoursOnDate(settings.openingHours, date) : null;
  return (
    <Group align="flex-start" grow>
      <DatePickerInput
        label="Date"
        valueFormat="ddd D MMM YYYY"
        getDayProps={(day) => ({ 'aria-label': dayjs.utc(day).format(dateFormat) })}
        minDate={clinicDate(now, settings.timeZone)}
        excludeDate={(day) => settings.closedDates.includes(day) || hoursOnDate(settings.openingHours, day) === null}
        value={date}
        onChange={(next) => onChange({ date: next, time })}
        error={error}
      />
      <Select
        label="Time"
        description="Clinic time, inside opening hours"
        data={hours ? timeOptions(hours, 15, time) : []}
        disabled={!hours}
        value={time}
        onChange={(next) => onChange({ date, time: next })}
      />
    </Group>
  );
}
