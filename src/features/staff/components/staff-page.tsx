import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-error';
import { useStaff } from '@/shared/staff/api/get-staff';
import type { StaffMember } from '@/shared/staff/schemas';
import { useUpdateStaff } from '../api/save-staff';
import { DeactivateModal } from './deactivate-modal';
import { StaffFormModal } from './staff-form-modal';
import { StaffTable } from './staff-table';

type Editing = { member: StaffMember | null } | null;

/** Staff accounts: add, edit, deactivate and reactivate (admins only). */
export function StaffPage() {
  const staff = useStaff();
  const [editing, setEditing] = useState<Editing>(null);
  const [deactivating, setDeactivating] = useState<StaffMember | null>(null);
  const reactivate = useUpdateStaff({
    onSuccess: (saved) =>
      notifications.show({ color: 'teal', title: 'Account reactivated', message: `${saved.name} can sign in again.` }),
    onError: (error) =>
      notifications.show({ color: 'red', title: 'The account was not reactivated', message: errorMessage(error) }),
  });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Staff</Title>
          <Text size="sm" c="dimmed">
            {staff.filter((member) => member.active).length} active accounts
          </Text>
        </div>
        <Button onClick={() => setEditing({ member: null })}>Add staff member</Button>
      </Group>
      <StaffTable
        staff={staff}
        onEdit={(member) => setEditing({ member })}
        onDeactivate={setDeactivating}
        onReactivate={({ id, version, ...input }) => reactivate.mutate({ ...input, id, version, active: true })}
        reactivatingId={reactivate.isPending ? (reactivate.variables?.id ?? null) : null}
      />
      <StaffFormModal
        key={editing?.member?.id ?? 'new'}
        opened={editing !== null}
        member={editing?.member ?? null}
        onClose={() => setEditing(null)}
      />
      <DeactivateModal member={deactivating} onClose={() => setDeactivating(null)} />
    </Stack>
  );
}
