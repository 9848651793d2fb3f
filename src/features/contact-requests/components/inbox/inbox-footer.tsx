import { Button, Group, Loader, Text } from '@mantine/core';

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
