import { queryOptions } from '@tanstack/react-query';
import { contactRequestEndpoints } from '@/features/contact-requests/api/endpoints';
import { contactRequestKeys } from '@/features/contact-requests/api/keys';
import { followUpEndpoints } from '@/features/follow-up-calls/api/endpoints';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';

/** Cards show a count and the first few items; the full, filtered list is one link away. */
export const cardItemCount = 3;

/** The longest-waiting new requests. */
export const newRequestsQueryOptions = () =>
  queryOptions({
    queryKey: [...contactRequestKeys.lists(), 'today-new'],
    queryFn: ({ signal }) =>
      apiRequest(contactRequestEndpoints.search, {
        body: { status: 'new', sort: 'waiting', order: 'desc', page: 1, pageSize: cardItemCount },
        signal,
      }),
  });

/** Open calls (due or no answer yet) falling due before `dueBefore`, the most overdue first. */
export const openCallsQueryOptions = (dueBefore: string) =>
  queryOptions({
    queryKey: [...rootKeys.followUps, 'today-open', dueBefore],
    queryFn: ({ signal }) =>
      apiRequest(followUpEndpoints.list, {
        query: { status: 'due,no_answer', dueBefore, page: 1, pageSize: cardItemCount },
        signal,
      }),
  });
