import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import { blockEndpoints } from './block-endpoints';
import type { ScheduleQuery } from './get-schedule';

/** Under the schedule's root key: whatever moves the calendar refreshes blocked time too. */
export const blockKeys = {
  all: [...rootKeys.schedule, 'blocks'] as const,
  range: (query: ScheduleQuery) => [...rootKeys.schedule, 'blocks', query] as const,
};

export const getBlocks = (query: ScheduleQuery, signal?: AbortSignal) =>
  apiRequest(blockEndpoints.list, { query, signal });

export const blocksQueryOptions = (query: ScheduleQuery) =>
  queryOptions({
    queryKey: blockKeys.range(query),
    queryFn: ({ signal }) => getBlocks(query, signal),
    placeholderData: keepPreviousData,
  });

/** Blocked time overlapping the range: one clinician's and the clinic-wide blocks, or all. */
export const useBlocks = (query: ScheduleQuery, enabled = true) => useQuery({ ...blocksQueryOptions(query), enabled });
