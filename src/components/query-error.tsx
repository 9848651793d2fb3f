import { Alert, Button, Stack, Text } from '@mantine/core';
import { errorMessage, isApiError } from '@/lib/api-error';

type Props = {
  error: unknown;
  /** What did not load, e.g. "The request could not be loaded". */
  title: string;
  onRetry: () => void;
  retrying: boolean;
  /** What the failure did not cost, e.g. "Your filters are kept." */
  reassurance?: string;
};

/** A failed load, why it failed in staff's words, and a way to try again. */
export function QueryError({ error, title, onRetry, retrying, reassurance }: Props) {
  // The server's title says what went wrong ("Server unavailable"); its detail, why.
  const cause = isApiError(error) && error.problem.detail ? `${error.problem.title}. ` : '';
  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {cause}
          {errorMessage(error)}
          {reassurance && ` ${reassurance}`}
        </Text>
        <Button size="xs" onClick={onRetry} loading={retrying}>
          Try again
        </Button>
      </Stack>
    </Alert>
  );
}
