import { Button, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { formatClinic } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';

type Props = { label: string; slots: readonly string[]; timeZone: string; onPick: (start: string) => void };

/** Free starts as buttons labelled in clinic time; picking one fills the date and time. */
export function FreeSlotButtons({ label, slots, timeZone, onPick }: Props) {
  const labelId = useId();
  if (slots.length === 0) return null;
  return (
    <Group gap="xs" role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="sm">
        {label}
      </Text>
      {slots.map((slot) => (
        <Button key={slot} size="compact-sm" variant="light" onClick={() => onPick(slot)}>
          {formatClinic(slot, timeZone, shortDateTimeFormat)}
        </Button>
      ))}
    </Group>
  );
}
