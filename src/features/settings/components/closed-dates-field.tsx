import { CloseButton, Group, List, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import { dayjs } from '@/lib/dayjs';
import { formatCalendarDate } from './describe-setting';

type Props = { value: string[]; onChange: (dates: string[]) => void; error?: ReactNode };

/** Holidays and other days the clinic is closed whatever its weekly hours: picked one by one, each removable. */
export function ClosedDatesField({ value, onChange, error }: Props) {
  const add = (date: string | null) => {
    if (date && !value.includes(date)) onChange([...value, date].sort());
  };
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} p={0}>
        Closed dates
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        No visits are offered and no calls fall due on these days.
      </Text>
      <Group align="flex-start" gap="lg">
        <DatePickerInput
          label="Add a closed date"
          placeholder="Pick a date"
          value={null}
          onChange={add}
          valueFormat="ddd D MMM YYYY"
          getDayProps={(day) => ({ 'aria-label': formatCalendarDate(dayjs.utc(day).format('YYYY-MM-DD')) })}
          excludeDate={(day) => value.includes(dayjs.utc(day).format('YYYY-MM-DD'))}
          error={error}
          w={220}
        />
        {value.length === 0 ? (
          <Text size="sm" c="dimmed" mt={28}>
            No closed dates.
          </Text>
        ) : (
          <List listStyleType="none" spacing={4} mt={4} aria-label="Closed dates" size="sm">
            {value.map((date) => (
              <List.Item key={date}>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm">{formatCalendarDate(date)}</Text>
                  <CloseButton
                    size="sm"
                    aria-label={`Remove ${formatCalendarDate(date)}`}
                    onClick={() => onChange(value.filter((other) => other !== date))}
                  />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Group>
    </fieldset>
  );
}
