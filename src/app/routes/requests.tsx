import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { Outlet } from 'react-router';
import {
  contactRequestsInfiniteQueryOptions,
  hasCachedInboxRows,
} from '@/features/contact-requests/api/get-contact-requests';
import { Inbox } from '@/features/contact-requests/components/inbox/inbox';
import { parseInboxFilters, toInboxQuery } from '@/features/contact-requests/hooks/use-inbox-filters';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';
import { staffQueryOptions } from '@/shared/staff/api/get-staff';

export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const view = parseInboxFilters(new URL(request.url).searchParams);
    const coldStart = !hasCachedInboxRows(queryClient);
    // Never rejects: a failed list is the inbox's own error state.
    const firstRows = queryClient.prefetchInfiniteQuery(contactRequestsInfiniteQueryOptions(toInboxQuery(view, '')));
    // A cold start waits for the first rows too, so the inbox renders once, with them. Later (a new
    // sort or filter, or a return to the inbox) it shows at once, with the rows it has while the new ones load.
    await Promise.all([
      queryClient.fetchQuery(settingsQueryOptions()),
      queryClient.fetchQuery(staffQueryOptions()),
      coldStart ? firstRows : null,
    ]);
    return null;
  };

/** The requests inbox; a request opens in a drawer rendered by the child route. */
export default function RequestsRoute() {
  return (
    <>
      <Inbox />
      <Outlet />
    </>
  );
}
