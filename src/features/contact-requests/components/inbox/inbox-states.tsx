import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { errorMessage, isApiError } from '@/lib/api-error';

export function InboxLoading() {
  return (
    <Center h={200}>
      <Loader aria-label="Loading requests" />
    </Center>
  );
}

export function InboxError({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying: boolean }) {
  const title = isApiError(error) ? error.problem.title : 'Could not load the requests';
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

export function InboxEmpty({ filtered, onReset }: { filtered: boolean; onReset: () => void }) {
  return (
    <Stack align="center" py="xl" gap="xs">
      <Text fw={600}>{filtered ? 'No requests match this view' : 'No open requests — nothing waiting'}</Text>
      {filtered && (
        <Button variant="light" onClick={onReset}>
          Show open requests
        </Button>
      )}
    </Stack>
  );
}

type FooterProps = { loaded: number; total: number; loading: boolean; failed: boolean; onRetry: () => void };

/** Below the rows: loading more, a failed page with retry, or the end of the list. */
export function InboxFooter({ loaded, total, loading, failed, onRetry }: FooterProps) {
  return (
    <Group justify="center" gap="xs" p="xs" mih={40}>
      {loading && <Loader size="xs" aria-hidden />}
      <Text size="xs" c={failed ? 'red' : 'dimmed'} role="status">
        {failed
          ? 'Could not load more requests.'
          : loading
            ? 'Loading more requests…'
            : loaded < total
              ? `${loaded} of ${total} loaded`
              : `All ${total} shown`}
      </Text>
      {failed && (
        <Button size="compact-xs" variant="light" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Group>
  );
}
