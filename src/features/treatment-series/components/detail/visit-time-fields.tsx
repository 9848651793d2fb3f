import { Group, NumberInput, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { clinicDate } from '@/lib/clinic-time';
import { dateFormat } from '@/lib/date-formats';
import { dayjs } from '@/lib/dayjs';
import { serverNow } from '@/lib/server-clock';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import { bookableHoursOn } from '../../domain/availability';
import { minutesOf, type SlotValues, timeOptions } from './slot-form';

type Props<V extends SlotValues> = {
  form: UseFormReturnType<V>;
  /** The live values (the form is uncontrolled). */
  values: SlotValues;
  clinicianId: string;
  fallbackMinutes: number;
};

/** Date, clinic-time start and length of a visit. */
export function VisitTimeFields<V extends SlotValues>({ form, values, clinicianId, fallbackMinutes }: Props<V>) {
  const settings = useSettings();
  const staff = useStaff();
  const workingHours = staff.find((member) => member.id === clinicianId)?.workingHours ?? null;
  const hours = values.date
    ? bookableHoursOn(values.date, { ...settings, workingHours, busy: [], blocks: [] }).hours
    : null;
  const options = timeOptions(hours, minutesOf(values, fallbackMinutes), values.time);

  return (
    <Group align="flex-start" grow>
      <DatePickerInput
        label="Date"
        withAsterisk
        valueFormat="ddd D MMM YYYY"
        getDayProps={(day) => ({ 'aria-label': dayjs.utc(day).format(dateFormat) })}
        minDate={clinicDate(serverNow(), settings.timeZone)}
        key={form.key('date')}
        {...form.getInputProps('date')}
      />
      <Select
        label="Time"
        description={`Clinic time (${settings.timeZone})`}
        withAsterisk
        searchable
        data={options}
        key={form.key('time')}
        {...form.getInputProps('time')}
      />
      <NumberInput
        label="Length (minutes)"
        description="30 to 60"
        withAsterisk
        min={30}
        max={60}
        step={5}
        allowDecimal={false}
        key={form.key('durationMinutes')}
        {...form.getInputProps('durationMinutes')}
      />
    </Group>
  );
}
