import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { RequestListQuery } from '../schemas';
import { contactRequestEndpoints } from './endpoints';
import { contactRequestKeys } from './keys';

/** New requests arrive from the website at any time: poll while the inbox is open. */
export const inboxRefetchIntervalMs = 30_000;

export const contactRequestsQueryOptions = (query: RequestListQuery) =>
  queryOptions({
    queryKey: contactRequestKeys.list(query),
    queryFn: ({ signal }) => apiRequest(contactRequestEndpoints.list, { query, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: inboxRefetchIntervalMs,
  });

export const useContactRequests = (query: RequestListQuery) => useQuery(contactRequestsQueryOptions(query));
