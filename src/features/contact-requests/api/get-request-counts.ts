import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { contactRequestEndpoints } from './endpoints';
import { inboxRefetchIntervalMs } from './get-contact-requests';
import { contactRequestKeys } from './keys';

export const requestCountsQueryOptions = () =>
  queryOptions({
    queryKey: contactRequestKeys.counts(),
    queryFn: ({ signal }) => apiRequest(contactRequestEndpoints.counts, { signal }),
    refetchInterval: inboxRefetchIntervalMs,
  });

export const useRequestCounts = () => useQuery(requestCountsQueryOptions());
