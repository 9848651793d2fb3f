import { Radio, Stack } from '@mantine/core';
import { atClinicTime, formatClinic } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { postponeChoices } from '../../call-times';
import { ClinicDateTimeFields } from './clinic-date-time-fields';

export type PostponeValues = { choice: 'tomorrow' | 'next_week' | 'other'; date: string | null; time: string | null };
export const blankPostpone: PostponeValues = { choice: 'tomorrow', date: null, time: null };

type Props = {
  values: PostponeValues;
  onChange: (values: PostponeValues) => void;
  dueAt: string;
  now: number;
  settings: ClinicSettings;
  error: string | undefined;
};

/** The new due time the values stand for, or null while a chosen date or time is missing. */
export function postponeTarget(values: PostponeValues, dueAt: string, now: number, settings: ClinicSettings) {
  const choices = postponeChoices(dueAt, now, settings.timeZone, settings);
  if (values.choice === 'tomorrow') return choices.tomorrow;
  if (values.choice === 'next_week') return choices.nextWeek;
  return values.date && values.time ? atClinicTime(values.date, values.time, settings.timeZone) : null;
}

/** Tomorrow, next week (same time, on an open day) or a date and time inside opening hours. */
export function PostponeFields({ values, onChange, dueAt, now, settings, error }: Props) {
  const tz = settings.timeZone;
  const choices = postponeChoices(dueAt, now, tz, settings);
  return (
    <Stack gap="xs">
      <Radio.Group
        label="Postpone to"
        value={values.choice}
        onChange={(choice) =>
          onChange({ ...values, choice: choice === 'next_week' || choice === 'other' ? choice : 'tomorrow' })
        }
      >
        <Stack gap={6} mt={4}>
          <Radio value="tomorrow" label={`Tomorrow (${formatClinic(choices.tomorrow, tz, shortDateTimeFormat)})`} />
          <Radio value="next_week" label={`Next week (${formatClinic(choices.nextWeek, tz, shortDateTimeFormat)})`} />
          <Radio value="other" label="Another date and time" />
        </Stack>
      </Radio.Group>
      {values.choice === 'other' && (
        <ClinicDateTimeFields
          date={values.date}
          time={values.time}
          onChange={(moment) => onChange({ ...values, ...moment })}
          now={now}
          settings={settings}
          error={error}
        />
      )}
      {values.choice !== 'other' && error && (
        <div role="alert" style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-sm)' }}>
          {error}
        </div>
      )}
    </Stack>
  );
}
