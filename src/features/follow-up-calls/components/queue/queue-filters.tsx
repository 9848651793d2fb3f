import { Button, Chip, Fieldset, Group, NativeSelect } from '@mantine/core';
import { memo } from 'react';
import type { StaffMember } from '@/shared/staff/schemas';
import { type FollowUpReason, followUpReasonLabels, followUpReasons } from '../../schemas';
import type { QueueFilters as Filters } from './use-queue-filters';

type Props = Pick<Filters, 'reasons' | 'assignee'> & {
  onChange: (change: Partial<Filters>) => void;
  staff: readonly StaffMember[];
  onReset: (() => void) | null;
};

const anyone = 'anyone';
const isReason = (value: string): value is FollowUpReason => (followUpReasons as readonly string[]).includes(value);

/** Reason chips and the assignee; memoized so polling the queue leaves them alone. */
export const QueueFilters = memo(function QueueFilters({ reasons, assignee, onChange, staff, onReset }: Props) {
  return (
    <Group align="flex-end" gap="md">
      <Fieldset legend="Reason" variant="unstyled">
        <Chip.Group multiple value={[...reasons]} onChange={(value) => onChange({ reasons: value.filter(isReason) })}>
          <Group gap={6}>
            {followUpReasons.map((reason) => (
              <Chip key={reason} value={reason} size="xs">
                {followUpReasonLabels[reason]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Fieldset>
      <NativeSelect
        label="Assignee"
        value={assignee ?? anyone}
        onChange={(event) => {
          const { value } = event.currentTarget;
          onChange({ assignee: value === anyone ? null : value });
        }}
        w={170}
      >
        <option value={anyone}>Anyone</option>
        <option value="me">Mine</option>
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
      {onReset && (
        <Button variant="subtle" onClick={onReset}>
          Reset view
        </Button>
      )}
    </Group>
  );
});
