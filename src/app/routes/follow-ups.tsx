import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, Outlet } from 'react-router';
import { followUpCountsQueryOptions } from '@/features/follow-up-calls/api/get-follow-up-counts';
import { followUpsQueryOptions } from '@/features/follow-up-calls/api/get-follow-ups';
import { FollowUpQueue } from '@/features/follow-up-calls/components/queue/follow-up-queue';
import {
  parseQueueFilters,
  toFilterQuery,
  toQueueQuery,
} from '@/features/follow-up-calls/components/queue/use-queue-filters';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';
import { staffQueryOptions } from '@/shared/staff/api/get-staff';

export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const view = parseQueueFilters(new URL(request.url).searchParams);
    // Never rejects: a failed list or count is the queue's own error state.
    void queryClient.prefetchQuery(followUpCountsQueryOptions(toFilterQuery(view)));
    await Promise.all([
      queryClient.fetchQuery(settingsQueryOptions()),
      queryClient.fetchQuery(staffQueryOptions()),
      queryClient.prefetchQuery(followUpsQueryOptions(toQueueQuery(view))),
    ]);
    return null;
  };

/** The follow-up call queue; a call opens in a drawer rendered by the child route. */
export default function FollowUpsRoute() {
  return (
    <>
      <FollowUpQueue />
      <Outlet />
    </>
  );
}
