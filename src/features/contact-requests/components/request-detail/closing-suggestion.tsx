import { Alert, Button, Text } from '@mantine/core';
import { shouldSuggestClosing } from '../../domain/next-attempt';
import type { ContactRequest } from '../../schemas';

type Props = { request: ContactRequest; threshold: number; onClose: (reason: string) => void };

/** After the clinic's number of failed attempts, offer to close the request as unreachable. */
export function ClosingSuggestion({ request, threshold, onClose }: Props) {
  if (!shouldSuggestClosing(request.attempts, threshold)) return null;
  const reason = `Not reached after ${request.attemptCount} attempts`;
  return (
    <Alert color="orange" title="Consider closing as unreachable">
      <Text size="sm" mb="xs">
        {request.name} has not been reached in {threshold} or more attempts in a row.
      </Text>
      <Button size="xs" color="orange" onClick={() => onClose(reason)}>
        Close as unreachable…
      </Button>
    </Alert>
  );
}
