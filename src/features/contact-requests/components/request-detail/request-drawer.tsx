import { Alert, Button, Center, Drawer, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ComponentProps, Suspense } from 'react';
import { QueryError } from '@/components/query-error';
import { isApiError } from '@/lib/api-error';
import { contactRequestQueryOptions } from '../../api/get-contact-request';
import { RequestDetailPanel } from './request-detail-panel';

const loading = (
  <Center h={160}>
    <Loader aria-label="Loading the request" />
  </Center>
);

/** One request, opened over the inbox; the app supplies the hand-offs other features own. */
type Props = { id: string; onClose: () => void } & Pick<
  ComponentProps<typeof RequestDetailPanel>,
  'bookingAction' | 'mergeAction' | 'callbackAction'
>;

export function RequestDrawer({ id, onClose, bookingAction, mergeAction, callbackAction }: Props) {
  const query = useQuery(contactRequestQueryOptions(id));
  const notFound = isApiError(query.error) && query.error.status === 404;

  let body = loading;
  if (query.data) {
    body = (
      <Suspense fallback={loading}>
        <RequestDetailPanel
          key={id}
          request={query.data}
          bookingAction={bookingAction}
          mergeAction={mergeAction}
          callbackAction={callbackAction}
        />
      </Suspense>
    );
  } else if (notFound) {
    body = (
      <Alert color="gray" title="Request not found" role="alert">
        <Stack gap="sm">
          <Text size="sm">
            There is no contact request at this address. It may have been removed, or the link is mistyped.
          </Text>
          <Button variant="default" w="fit-content" onClick={onClose}>
            Back to the inbox
          </Button>
        </Stack>
      </Alert>
    );
  } else if (query.error) {
    body = (
      <QueryError
        error={query.error}
        title="The request could not be loaded"
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={query.data?.name ?? (notFound ? 'Request not found' : 'Request')}
    >
      {body}
    </Drawer>
  );
}
