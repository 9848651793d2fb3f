import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api-error';
import { serverNow } from '@/lib/server-clock';
import { useSettings } from '@/shared/settings/api/get-settings';
import type { StaffMember } from '@/shared/staff/schemas';
import { useUpdateStaff } from '../api/save-staff';
import { UpcomingVisits } from './upcoming-visits';

type Props = { member: StaffMember | null; onClose: () => void };

export function DeactivateModal({ member, onClose }: Props) {
  return (
    <Modal opened={member !== null} onClose={onClose} title={member ? `Deactivate ${member.name}?` : ''} size="lg">
      {member && <DeactivateConfirm member={member} onDone={onClose} />}
    </Modal>
  );
}

/** Says what deactivation does and, for a clinician, which booked visits need rebooking; moves nothing. */
function DeactivateConfirm({ member, onDone }: { member: StaffMember; onDone: () => void }) {
  const { timeZone } = useSettings();
  const [from] = useState(() => serverNow().toISOString());
  const update = useUpdateStaff();
  const { id, version: _version, ...input } = member;

  const deactivate = () =>
    update.mutate(
      // The visits are listed above, so deactivating confirms them.
      { ...input, id, version: member.version, active: false, confirmSessions: true },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'teal',
            title: 'Account deactivated',
            message: `${saved.name} can no longer sign in.`,
          });
          onDone();
        },
      },
    );

  const error = update.error;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {member.name} can no longer sign in, and any session they have open ends at their next action. The account and
        its history stay; you can reactivate it later.
      </Text>
      {member.role === 'clinician' && <UpcomingVisits clinicianId={member.id} from={from} timeZone={timeZone} />}
      {error && (
        <Alert
          color="red"
          title={isApiError(error) ? error.problem.title : 'The account was not deactivated'}
          role="alert"
        >
          {errorMessage(error)}
        </Alert>
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onDone} data-autofocus>
          Keep active
        </Button>
        <Button color="red" onClick={deactivate} loading={update.isPending}>
          Deactivate
        </Button>
      </Group>
    </Stack>
  );
}
