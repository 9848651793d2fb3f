import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { FollowUpListQuery } from '../schemas';
import { followUpEndpoints } from './endpoints';
import { followUpKeys } from './keys';

/** Calls fall due as the clock moves and others work them: poll like the inbox. */
export const followUpsRefetchIntervalMs = 30_000;

/** One server page of the queue (a bucket, filtered); the previous page stays while the next loads. */
export const followUpsQueryOptions = (query: FollowUpListQuery) =>
  queryOptions({
    queryKey: followUpKeys.list(query),
    queryFn: ({ signal }) => apiRequest(followUpEndpoints.list, { query, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: followUpsRefetchIntervalMs,
  });

export const useFollowUps = (query: FollowUpListQuery) => useQuery(followUpsQueryOptions(query));
