import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Block } from '@/features/treatment-series/block-schemas';
import { blockKindLabel, blockSpan } from '@/features/treatment-series/domain/describe-block';
import { errorMessage } from '@/lib/api-error';
import { useSettings } from '@/shared/settings/api/get-settings';
import type { StaffMember } from '@/shared/staff/schemas';
import { useRemoveBlock } from '../api/block-mutations';

type Props = { block: Block | null; me: StaffMember; clinicians: StaffMember[]; onClose: () => void };

/** A block opened from the calendar: what, whose and when; its clinician or an admin may remove it. */
export function BlockDetails({ block, me, clinicians, onClose }: Props) {
  const { timeZone } = useSettings();
  const remove = useRemoveBlock();
  const mayRemove = block !== null && (me.role === 'admin' || (me.role === 'clinician' && block.clinicianId === me.id));
  const whose = block?.clinicianId
    ? (clinicians.find((c) => c.id === block.clinicianId)?.name ?? 'A clinician')
    : 'Whole clinic';
  return (
    <Modal opened={block !== null} onClose={onClose} title="Blocked time">
      {block && (
        <Stack gap="sm">
          <Text size="sm">
            {whose}: {blockKindLabel(block.kind)} ({block.reason}) {blockSpan(block, timeZone)}.
          </Text>
          {remove.error && (
            <Alert color="red" role="alert" title="Not removed">
              {errorMessage(remove.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            {mayRemove && (
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate(block.id, { onSuccess: onClose })}
              >
                Remove blocked time
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
