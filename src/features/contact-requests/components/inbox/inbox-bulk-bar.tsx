import { Button, Group, Menu, Text } from '@mantine/core';
import type { StaffMember } from '@/shared/staff/schemas';
import { plural } from './use-undoable-bulk-action';

/** The server takes at most this many requests in one bulk change. */
const maxBulkRequests = 200;

type Props = {
  count: number;
  staff: readonly StaffMember[];
  onAssign: (assignee: StaffMember | null) => void;
  onAssignToMe: () => void;
  onClose: () => void;
  onClear: () => void;
};

/** Actions on the selected requests. */
export function InboxBulkBar({ count, staff, onAssign, onAssignToMe, onClose, onClear }: Props) {
  const tooMany = count > maxBulkRequests;
  return (
    <Group gap="xs" aria-label="Selected requests" role="group">
      <Text size="sm" fw={600}>
        {plural(count, 'request')} selected
      </Text>
      {tooMany && (
        <Text size="sm" c="red">
          Select at most {maxBulkRequests} at a time.
        </Text>
      )}
      <Button size="xs" variant="light" onClick={onAssignToMe} disabled={tooMany}>
        Assign to me
      </Button>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="light" disabled={tooMany}>
            Assign to…
          </Button>
        </Menu.Target>
        <Menu.Dropdown mah={320} style={{ overflowY: 'auto' }}>
          {staff
            .filter((member) => member.active)
            .map((member) => (
              <Menu.Item key={member.id} onClick={() => onAssign(member)}>
                {member.name}
              </Menu.Item>
            ))}
          <Menu.Divider />
          <Menu.Item onClick={() => onAssign(null)}>Unassign</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button size="xs" variant="light" color="red" onClick={onClose} disabled={tooMany}>
        Close…
      </Button>
      <Button size="xs" variant="subtle" onClick={onClear}>
        Clear selection
      </Button>
    </Group>
  );
}
