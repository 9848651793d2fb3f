import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import { weekdayNames } from '@/lib/clinic-time';
import type { DayHours, WeeklyHours } from '@/lib/schema-fields';
import { mondayFirst } from '@/lib/weekly-hours';

type Props = {
  legend: string;
  description?: string;
  value: WeeklyHours;
  onChange: (hours: WeeklyHours) => void;
  /** The message under a day's opening or closing time, e.g. a form's error at `openingHours.1.close`. */
  errorOf?: (day: number, part: keyof DayHours) => ReactNode;
  /** The hours a day gets when it is switched on. */
  defaultHours?: (day: number) => DayHours;
  /** "Open" and "Closed" for the clinic, "Works" and "Not working" for a clinician. */
  onLabel?: string;
  offLabel?: string;
};

const fallbackHours = (): DayHours => ({ open: '09:00', close: '17:00' });

/** A week, Monday first: each day on or off, with its from and to times (24-hour clock). */
export function WeeklyHoursFields({
  legend,
  description,
  value,
  onChange,
  errorOf,
  defaultHours = fallbackHours,
  onLabel = 'Open',
  offLabel = 'Closed',
}: Props) {
  const setDay = (day: number, hours: DayHours | null) => onChange(value.with(day, hours));
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} p={0}>
        {legend}
      </Text>
      {description && (
        <Text size="xs" c="dimmed" mb="xs">
          {description}
        </Text>
      )}
      <Stack gap={6}>
        {mondayFirst.map((day) => {
          const name = weekdayNames[day];
          const hours = value[day] ?? null;
          return (
            <Group key={day} gap="sm" align="flex-start" wrap="nowrap">
              <Checkbox
                label={`${onLabel} on ${name}`}
                checked={hours !== null}
                onChange={(event) => setDay(day, event.currentTarget.checked ? defaultHours(day) : null)}
                w={190}
                mt={8}
              />
              {hours ? (
                <>
                  <TimeInput
                    aria-label={`${name} from`}
                    value={hours.open}
                    onChange={(event) => setDay(day, { ...hours, open: event.currentTarget.value })}
                    error={errorOf?.(day, 'open')}
                    w={130}
                  />
                  <Text mt={8} aria-hidden>
                    to
                  </Text>
                  <TimeInput
                    aria-label={`${name} to`}
                    value={hours.close}
                    onChange={(event) => setDay(day, { ...hours, close: event.currentTarget.value })}
                    error={errorOf?.(day, 'close')}
                    w={130}
                  />
                </>
              ) : (
                <Text size="sm" c="dimmed" mt={8}>
                  {offLabel}
                </Text>
              )}
            </Group>
          );
        })}
      </Stack>
    </fieldset>
  );
}
