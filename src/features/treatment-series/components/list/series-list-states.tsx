import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { errorMessage, isApiError } from '@/lib/api-error';

export function SeriesListLoading() {
  return (
    <Center h={200}>
      <Loader aria-label="Loading series" />
    </Center>
  );
}

export function SeriesListError({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const title = isApiError(error) ? error.problem.title : 'Could not load the series';
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

export function SeriesListEmpty({ filtered, onReset }: { filtered: boolean; onReset: () => void }) {
  return (
    <Stack align="center" py="xl" gap="xs">
      <Text fw={600}>{filtered ? 'No series match these filters' : 'No treatment series yet'}</Text>
      {filtered ? (
        <Button variant="light" onClick={onReset}>
          Show every series
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          A series appears here once it is booked from a contact request.
        </Text>
      )}
    </Stack>
  );
}
