import '@mantine/core/styles/SegmentedControl.css';
import { Button, Group, SegmentedControl, Select, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useHotkeys } from '@mantine/hooks';
import { dayjs } from '@/lib/dayjs';
import type { StaffMember } from '@/shared/staff/schemas';
import { type ScheduleView, scheduleViewLabels, scheduleViews } from '../hooks/use-schedule-view';

type Props = {
  view: ScheduleView;
  date: string;
  clinicianId: string | null;
  clinicians: StaffMember[];
  onChange: (change: { view?: ScheduleView; date?: string; clinicianId?: string | null }) => void;
  onStep: (direction: -1 | 0 | 1) => void;
};

const stepWord: Record<ScheduleView, string> = { clinic: 'day', day: 'day', week: 'week' };

/** View, clinician and date, with Today / Previous / Next and their keyboard shortcuts. */
export function ScheduleToolbar({ view, date, clinicianId, clinicians, onChange, onStep }: Props) {
  useHotkeys([
    ['t', () => onStep(0)],
    ['p', () => onStep(-1)],
    ['n', () => onStep(1)],
    ['c', () => onChange({ view: 'clinic' })],
    ['d', () => onChange({ view: 'day' })],
    ['w', () => onChange({ view: 'week' })],
  ]);
  const unit = stepWord[view];

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SegmentedControl
        aria-label="View"
        value={view}
        onChange={(value) => onChange({ view: scheduleViews.find((candidate) => candidate === value) ?? view })}
        data={scheduleViews.map((value) => ({ value, label: scheduleViewLabels[value] }))}
      />
      {view !== 'clinic' && (
        <Select
          label="Clinician"
          value={clinicianId}
          onChange={(value) => value && onChange({ clinicianId: value })}
          data={clinicians.map((member) => ({ value: member.id, label: member.name }))}
          allowDeselect={false}
          w={200}
        />
      )}
      <Group gap={4}>
        <Button variant="default" onClick={() => onStep(-1)} aria-keyshortcuts="p">
          Previous {unit}
        </Button>
        <Button variant="default" onClick={() => onStep(0)} aria-keyshortcuts="t">
          Today
        </Button>
        <Button variant="default" onClick={() => onStep(1)} aria-keyshortcuts="n">
          Next {unit}
        </Button>
      </Group>
      <DatePickerInput
        label="Date"
        value={date}
        onChange={(value) => value && onChange({ date: value })}
        valueFormat="ddd D MMM YYYY"
        getDayProps={(day) => ({ 'aria-label': dayjs.utc(day).format('ddd D MMM YYYY') })}
        w={180}
      />
      <Text size="xs" c="dimmed" w="100%">
        Keys: T today, P previous, N next; C clinic day, D day, W week. Times are clinic time.
      </Text>
    </Group>
  );
}
