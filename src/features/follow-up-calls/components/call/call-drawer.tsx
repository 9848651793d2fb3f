import { Alert, Button, Center, Drawer, Loader, Stack, Text } from '@mantine/core';
import { Suspense } from 'react';
import { isApiError } from '@/lib/api-error';
import { useFollowUp } from '../../api/get-follow-up';
import { CallPanel } from './call-panel';

const loading = (
  <Center h={160}>
    <Loader aria-label="Loading the call" />
  </Center>
);

/** One call, opened over the queue (routed by id). */
export function CallDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const query = useFollowUp(id);
  const notFound = isApiError(query.error) && query.error.status === 404;

  let body = loading;
  if (query.data) {
    body = (
      <Suspense fallback={loading}>
        <CallPanel key={id} call={query.data} onDone={onClose} />
      </Suspense>
    );
  } else if (query.error) {
    body = (
      <Alert
        color={notFound ? 'gray' : 'red'}
        title={notFound ? 'Call not found' : 'The call could not be loaded'}
        role="alert"
      >
        <Stack gap="sm">
          <Text size="sm">
            {notFound
              ? 'There is no follow-up call at this address. The link may be mistyped.'
              : isApiError(query.error)
                ? (query.error.problem.detail ?? query.error.message)
                : query.error.message}
          </Text>
          {notFound ? (
            <Button variant="default" w="fit-content" onClick={onClose}>
              Back to the queue
            </Button>
          ) : (
            <Button w="fit-content" loading={query.isFetching} onClick={() => void query.refetch()}>
              Try again
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }

  const title = query.data ? `Call ${query.data.patientName}` : notFound ? 'Call not found' : 'Call';
  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={title}>
      {body}
    </Drawer>
  );
}
