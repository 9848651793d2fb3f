import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '@/lib/api-error';
import { useSettings } from '@/shared/settings/api/get-settings';
import { roleLabels, type StaffMember } from '@/shared/staff/schemas';
import { SessionsLeftOut } from './sessions-left-out';
import { StaffFormFields } from './staff-form-fields';
import { StaleStaffAlert } from './stale-staff-alert';
import { useStaffForm } from './use-staff-form';

type Props = { opened: boolean; member: StaffMember | null; onClose: () => void };

/** Add an account (`member` null) or edit one. */
export function StaffFormModal({ opened, member, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={member ? `Edit ${member.name}` : 'Add a staff member'} size="xl">
      <StaffForm member={member} onDone={onClose} />
    </Modal>
  );
}

function StaffForm({ member, onDone }: { member: StaffMember | null; onDone: () => void }) {
  const { timeZone, openingHours } = useSettings();
  const onSaved = (saved: StaffMember) => {
    notifications.show({
      color: 'teal',
      title: member ? 'Account updated' : 'Account added',
      message: member
        ? `${saved.name}'s account was saved.`
        : `${saved.name} was added as ${roleLabels[saved.role].toLowerCase()}.`,
    });
    onDone();
  };
  const { form, save, mutation, stale, hoursProblem, otherError, confirmHours } = useStaffForm(member, onSaved);

  return (
    <form noValidate onSubmit={form.onSubmit((values) => save(values))}>
      <Stack gap="md">
        <StaffFormFields form={form} openingHours={openingHours} />
        {stale && <StaleStaffAlert opened={stale.opened} newer={stale.newer} typed={form.values} />}
        {hoursProblem && (
          <SessionsLeftOut
            problem={hoursProblem}
            timeZone={timeZone}
            pending={mutation.isPending}
            onConfirm={confirmHours}
          />
        )}
        {otherError && (
          <Alert color="red" title="The account was not saved" role="alert">
            {errorMessage(otherError)} Nothing you entered is lost.
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending && !hoursProblem}>
            {member ? 'Save changes' : 'Add staff member'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
