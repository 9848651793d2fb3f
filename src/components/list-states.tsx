import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { errorMessage, isApiError } from '@/lib/api-error';

/** Loading, failed and empty states shared by the app's lists. */
export function ListLoading({ label }: { label: string }) {
  return (
    <Center h={200}>
      <Loader aria-label={label} />
    </Center>
  );
}

type ListErrorProps = { error: unknown; fallbackTitle: string; onRetry: () => void; retrying: boolean };

export function ListError({ error, fallbackTitle, onRetry, retrying }: ListErrorProps) {
  const title = isApiError(error) ? error.problem.title : fallbackTitle;
  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error)} Your filters are kept.</Text>
        <Button size="xs" onClick={onRetry} loading={retrying}>
          Try again
        </Button>
      </Stack>
    </Alert>
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
