import { Button, Group, Select, Text } from '@mantine/core';
import { useIsMutating } from '@tanstack/react-query';
import { useCurrentStaff } from '@/shared/auth/api/get-me';
import { useStaff } from '@/shared/staff/api/get-staff';
import { roleLabels } from '@/shared/staff/schemas';
import { requestChangeKey } from '../../api/optimistic-request';
import { useRequestAction } from '../../api/request-action';
import { isOpenRequest } from '../../domain/request-status';
import type { ContactRequest } from '../../schemas';

const nobody = 'nobody';

export function AssignControl({ request }: { request: ContactRequest }) {
  const me = useCurrentStaff();
  const staff = useStaff();
  const assign = useRequestAction(request.id);
  const busy = useIsMutating({ mutationKey: requestChangeKey(request.id) }) > 0;
  const assignee = staff.find((member) => member.id === request.assigneeId);

  if (!isOpenRequest(request.status)) return <Text size="sm">{assignee?.name ?? 'Nobody'}</Text>;

  const options = [
    { value: nobody, label: 'Nobody' },
    ...staff
      .filter((member) => member.active || member.id === request.assigneeId)
      .map((member) => ({ value: member.id, label: `${member.name} (${roleLabels[member.role]})` })),
  ];
  const assignTo = (assigneeId: string | null) =>
    assign.mutate({ action: 'assign', assigneeId, version: request.version });

  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        aria-label="Assigned to"
        size="xs"
        data={options}
        value={request.assigneeId ?? nobody}
        allowDeselect={false}
        disabled={busy}
        onChange={(value) => {
          if (value !== null && value !== (request.assigneeId ?? nobody)) assignTo(value === nobody ? null : value);
        }}
      />
      {request.assigneeId !== me.id && (
        <Button size="xs" variant="light" disabled={busy} onClick={() => assignTo(me.id)}>
          Assign to me
        </Button>
      )}
    </Group>
  );
}
