import { Button, Chip, Group, Select, Text } from '@mantine/core';
import type { StaffMember } from '@/shared/staff/schemas';
import { type SeriesProgress, seriesProgressStatuses } from '../../schemas';
import { progressLabels } from './progress-badge';
import type { SeriesFilters as Filters } from './use-series-filters';

type Props = {
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
  clinicians: readonly StaffMember[];
  onReset: (() => void) | null;
};

const anyClinician = 'any';

export function SeriesFilters({ filters, onChange, clinicians, onReset }: Props) {
  const clinicianOptions = [
    { value: anyClinician, label: 'Any clinician' },
    ...clinicians.map((member) => ({ value: member.id, label: member.name })),
  ];
  return (
    <Group align="flex-end" gap="md">
      <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        <Text component="legend" size="sm" fw={500} mb={4} p={0}>
          Status
        </Text>
        <Chip.Group
          multiple
          value={filters.progress}
          onChange={(value) => onChange({ progress: value as SeriesProgress[] })}
        >
          <Group gap={6}>
            {seriesProgressStatuses.map((status) => (
              <Chip key={status} value={status} size="xs">
                {progressLabels[status]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </fieldset>
      <Select
        label="Clinician"
        data={clinicianOptions}
        value={filters.clinicianId ?? anyClinician}
        onChange={(value) => onChange({ clinicianId: value === anyClinician ? null : value })}
        allowDeselect={false}
        w={200}
      />
      {onReset && (
        <Button variant="subtle" onClick={onReset}>
          Show every series
        </Button>
      )}
    </Group>
  );
}
