import { Button, Group, Modal, Text } from '@mantine/core';
import type { Session } from '../../schemas';

type Props = {
  patientName: string;
  session: Session | undefined;
  opened: boolean;
  onClose: () => void;
  onConfirm: (session: Session) => void;
};

/** Asks before recording a no-show: it also queues a rebooking call. */
export function NoShowModal({ patientName, session, opened, onClose, onConfirm }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={session ? `Mark visit ${session.number} as a no-show?` : ''}>
      {session && (
        <>
          <Text size="sm">
            {patientName} did not come to visit {session.number}. A call to rebook it is added to the follow-up queue.
          </Text>
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onClose}>
              Back
            </Button>
            <Button
              color="red"
              onClick={() => {
                onClose();
                onConfirm(session);
              }}
            >
              Mark as no-show
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
