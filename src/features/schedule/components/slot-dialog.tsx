import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Block } from '@/features/treatment-series/block-schemas';
import { freeSlots } from '@/features/treatment-series/domain/availability';
import type { ScheduleEntry } from '@/features/treatment-series/schedule-schemas';
import { addCalendarDays, atClinicTime, formatClinic, toMillis } from '@/lib/clinic-time';
import { serverNow } from '@/lib/server-clock';
import { useSettings } from '@/shared/settings/api/get-settings';
import { wallMinute } from '../domain/calendar-layout';
import { type CalendarColumn, dayLabel } from '../hooks/use-calendar-columns';
import { SlotActions } from './slot-actions';

type Props = {
  picked: { column: CalendarColumn; minute: number | null } | null;
  entries: readonly ScheduleEntry[];
  blocks: readonly Block[];
  onClose: () => void;
};

/** A clinician's free start times on one day; one of them is then booked as a series or a visit. */
export function SlotDialog({ picked, entries, blocks, onClose }: Props) {
  const title = picked ? `Free times, ${dayLabel(picked.column.date)}, ${picked.column.clinician.name}` : 'Free times';
  return (
    <Modal opened={picked !== null} onClose={onClose} title={title} size="lg">
      {picked && <FreeTimes picked={picked} entries={entries} blocks={blocks} onDone={onClose} />}
    </Modal>
  );
}

function FreeTimes({
  picked,
  entries,
  blocks,
  onDone,
}: Omit<Props, 'onClose' | 'picked'> & { picked: NonNullable<Props['picked']>; onDone: () => void }) {
  const settings = useSettings();
  const { timeZone } = settings;
  const { column, minute } = picked;
  const durationMinutes = settings.defaultSessionMinutes;
  const ctx = {
    timeZone,
    openingHours: settings.openingHours,
    closedDates: settings.closedDates,
    workingHours: column.clinician.workingHours,
    busy: entries.filter((entry) => entry.clinicianId === column.clinician.id),
    blocks: blocks.filter((block) => block.clinicianId === null || block.clinicianId === column.clinician.id),
  };
  const dayStartMs = toMillis(atClinicTime(column.date, '00:00', timeZone));
  const from = Math.max(dayStartMs, serverNow().getTime());
  const slots = freeSlots(from, atClinicTime(addCalendarDays(column.date, 1), '00:00', timeZone), durationMinutes, ctx);
  // A click on the grid preselects the free time nearest to where it landed.
  const nearest =
    minute === null ? undefined : slots.find((slot) => wallMinute(slot, timeZone) + durationMinutes > minute);
  const [chosen, setChosen] = useState<string | null>(nearest ?? null);

  if (slots.length === 0) {
    return (
      <Text size="sm">
        {column.clinician.name} has no free {durationMinutes}-minute time on this day.
      </Text>
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm">
        {column.clinician.name}, {durationMinutes} min, clinic time ({timeZone}).
      </Text>
      <Group gap={6} role="group" aria-label="Free start times">
        {slots.map((slot) => (
          <Button
            key={slot}
            size="compact-sm"
            variant={slot === chosen ? 'filled' : 'default'}
            aria-pressed={slot === chosen}
            onClick={() => setChosen(slot)}
          >
            {formatClinic(slot, timeZone, 'HH:mm')}
          </Button>
        ))}
      </Group>
      {chosen && (
        <SlotActions
          start={chosen}
          clinician={column.clinician}
          durationMinutes={durationMinutes}
          timeZone={timeZone}
          onDone={onDone}
        />
      )}
    </Stack>
  );
}
