import { Button, Chip, Fieldset, Group, MultiSelect, Select, Switch, TextInput } from '@mantine/core';
import type { StaffMember } from '@/features/staff/schemas';
import type { InboxFilters as Filters } from '../../hooks/use-inbox-filters';
import {
  type Concern,
  concernLabels,
  concerns,
  type RequestStatus,
  requestStatuses,
  statusLabels,
} from '../../schemas';

type Props = {
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
  search: string;
  onSearchChange: (search: string) => void;
  staff: readonly StaffMember[];
  /** Shown when the view differs from the default one. */
  onReset: (() => void) | null;
};

const concernOptions = concerns.map((value) => ({ value, label: concernLabels[value] }));
const anyone = 'anyone';

export function InboxFilters({ filters, onChange, search, onSearchChange, staff, onReset }: Props) {
  const assigneeOptions = [
    {
      group: 'Assignee',
      items: [
        { value: anyone, label: 'Anyone' },
        { value: 'me', label: 'Assigned to me' },
        { value: 'unassigned', label: 'Unassigned' },
      ],
    },
    {
      group: 'Staff',
      items: staff.filter((member) => member.active).map((member) => ({ value: member.id, label: member.name })),
    },
  ];

  return (
    <Group align="flex-end" gap="md">
      <Fieldset legend="Status" variant="unstyled">
        <Chip.Group
          multiple
          value={filters.statuses}
          onChange={(value) => onChange({ statuses: value as RequestStatus[] })}
        >
          <Group gap={6}>
            {requestStatuses.map((status) => (
              <Chip key={status} value={status} size="xs">
                {statusLabels[status]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Fieldset>
      <MultiSelect
        label="Concern"
        placeholder={filters.concerns.length === 0 ? 'Any concern' : undefined}
        data={concernOptions}
        value={filters.concerns}
        onChange={(value) => onChange({ concerns: value as Concern[] })}
        clearable
        w={220}
      />
      <Select
        label="Assignee"
        data={assigneeOptions}
        value={filters.assignee ?? anyone}
        onChange={(value) => onChange({ assignee: value === anyone ? null : value })}
        allowDeselect={false}
        w={190}
      />
      <Switch
        label="Late only"
        checked={filters.lateOnly}
        onChange={(event) => onChange({ lateOnly: event.currentTarget.checked })}
        mb={8}
      />
      <TextInput
        label="Search"
        description="Name, phone or email (not kept in the link)"
        type="search"
        value={search}
        maxLength={100}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        w={260}
      />
      {onReset && (
        <Button variant="subtle" onClick={onReset}>
          Reset view
        </Button>
      )}
    </Group>
  );
}
