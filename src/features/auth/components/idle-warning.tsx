import { Button, Group, Modal, Text } from '@mantine/core';

/** Mounted only during the last minute before an idle sign-out. */
export function IdleWarning({ secondsLeft, onStay }: { secondsLeft: number; onStay: () => void }) {
  return (
    <Modal opened onClose={onStay} title="Are you still there?" centered closeOnClickOutside={false}>
      <Text>
        For patients' privacy you will be signed out in <strong>{secondsLeft} seconds</strong> without activity.
      </Text>
      <Group justify="flex-end" mt="md">
        <Button onClick={onStay} data-autofocus>
          Stay signed in
        </Button>
      </Group>
    </Modal>
  );
}
