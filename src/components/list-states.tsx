import { Button, Center, Loader, Stack, Text } from '@mantine/core';

/** Loading, failed and empty states shared by the app's lists. */
export function ListLoading({ label }: { label: string }) {
  return (
    <Center h={200}>
      <Loader aria-label={label} />
    </Center>
  );
}

type ListEmptyProps = {
  message: string;
  hint?: string;
  /** Offered when filters hide everything. */
  reset?: { label: string; onReset: () => void };
};

export function ListEmpty({ message, hint, reset }: ListEmptyProps) {
  return (
    <Stack align="center" py="xl" gap="xs">
      <Text fw={600}>{message}</Text>
      {reset && (
        <Button variant="light" onClick={reset.onReset}>
          {reset.label}
        </Button>
      )}
      {hint && !reset && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
