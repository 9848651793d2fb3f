import { Button, Chip, Fieldset, Group, NativeSelect, Switch, TextInput } from '@mantine/core';
import { memo } from 'react';
import type { StaffMember } from '@/shared/staff/schemas';
import type { InboxFilters as Filters } from '../../hooks/use-inbox-filters';
import { concernLabels, concerns } from '../../intake-vocabulary';
import { requestStatuses, statusLabels } from '../../schemas';

type Props = Pick<Filters, 'statuses' | 'concerns' | 'assignee' | 'lateOnly'> & {
  onChange: (change: Partial<Filters>) => void;
  search: string;
  onSearchChange: (search: string) => void;
  staff: readonly StaffMember[];
  /** Shown when the view differs from the default one. */
  onReset: (() => void) | null;
};

const anyone = 'anyone';

/** A chip per option: one click, no dropdown, every choice in view. */
function ChipFilter<T extends string>(props: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: readonly T[];
  onChange: (value: T[]) => void;
}) {
  return (
    <Fieldset legend={props.legend} variant="unstyled">
      <Chip.Group multiple value={[...props.value]} onChange={(value) => props.onChange(value as T[])}>
        <Group gap={6}>
          {props.options.map((option) => (
            <Chip key={option} value={option} size="xs">
              {props.labels[option]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Fieldset>
  );
}

/** Memoized: a sort change or a poll re-renders the inbox, not these controls. */
export const InboxFilters = memo(function InboxFilters({
  onChange,
  search,
  onSearchChange,
  staff,
  onReset,
  ...filters
}: Props) {
  return (
    <Group align="flex-end" gap="md">
      <ChipFilter
        legend="Status"
        options={requestStatuses}
        labels={statusLabels}
        value={filters.statuses}
        onChange={(statuses) => onChange({ statuses })}
      />
      <ChipFilter
        legend="Concern"
        options={concerns}
        labels={concernLabels}
        value={filters.concerns}
        onChange={(value) => onChange({ concerns: value })}
      />
      <NativeSelect
        label="Assignee"
        value={filters.assignee ?? anyone}
        onChange={(event) => {
          const { value } = event.currentTarget;
          onChange({ assignee: value === anyone ? null : value });
        }}
        w={170}
      >
        <option value={anyone}>Anyone</option>
        <option value="me">Assigned to me</option>
        <option value="unassigned">Unassigned</option>
        <optgroup label="Staff">
          {staff
            .filter((member) => member.active)
            .map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
        </optgroup>
      </NativeSelect>
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
});
