import { Button, Group, Modal, Text } from '@mantine/core';

export function IdleWarning({ secondsLeft, onStay }: { secondsLeft: number | null; onStay: () => void }) {
  return (
    <Modal
      opened={secondsLeft !== null}
      onClose={onStay}
      title="Are you still there?"
      centered
      closeOnClickOutside={false}
    >
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
