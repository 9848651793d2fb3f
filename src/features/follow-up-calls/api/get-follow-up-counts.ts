import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { followUpEndpoints } from './endpoints';
import { followUpsRefetchIntervalMs } from './get-follow-ups';
import { type FollowUpFilterQuery, followUpKeys } from './keys';

/** How many calls are in each bucket, with the queue's reason and assignee filters. */
export const followUpCountsQueryOptions = (query: FollowUpFilterQuery = {}) =>
  queryOptions({
    queryKey: followUpKeys.counts(query),
    queryFn: ({ signal }) => apiRequest(followUpEndpoints.counts, { query, signal }),
    refetchInterval: followUpsRefetchIntervalMs,
  });

export const useFollowUpCounts = (query: FollowUpFilterQuery = {}) => useQuery(followUpCountsQueryOptions(query));
