import { Button, Group, Text } from '@mantine/core';

/** The body of the "Closing 3 requests… Undo" notification. */
export function UndoNotice({ text, onUndo }: { text: string; onUndo: () => void }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm">{text}</Text>
      <Button size="compact-sm" variant="light" onClick={onUndo}>
        Undo
      </Button>
    </Group>
  );
}
