import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { Outlet } from 'react-router';
import { contactRequestsInfiniteQueryOptions } from '@/features/contact-requests/api/get-contact-requests';
import { Inbox } from '@/features/contact-requests/components/inbox/inbox';
import { parseInboxFilters, toInboxQuery } from '@/features/contact-requests/hooks/use-inbox-filters';
import { settingsQueryOptions } from '@/features/settings/api/get-settings';
import { staffQueryOptions } from '@/features/staff/api/get-staff';

export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const view = parseInboxFilters(new URL(request.url).searchParams);
    // The first page loads alongside; its loading and error states belong to the inbox itself.
    void queryClient.prefetchInfiniteQuery(contactRequestsInfiniteQueryOptions(toInboxQuery(view, '')));
    await Promise.all([queryClient.fetchQuery(settingsQueryOptions()), queryClient.fetchQuery(staffQueryOptions())]);
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
