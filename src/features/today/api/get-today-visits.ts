import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ScheduleQuery } from '@/features/treatment-series/api/get-schedule';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import { todayEndpoints } from './endpoints';

/** Under the schedule's root key: every change to a visit refreshes Today too. */
const todayVisitKeys = {
  range: (query: ScheduleQuery) => [...rootKeys.schedule, 'today-visits', query] as const,
};

export const todayVisitsQueryOptions = (query: ScheduleQuery) =>
  queryOptions({
    queryKey: todayVisitKeys.range(query),
    queryFn: ({ signal }) => apiRequest(todayEndpoints.visits, { query, signal }),
  });

/** The visits in a range (cancelled ones left out), with the last visit's date and screening flags. */
export const useTodayVisits = (query: ScheduleQuery) => useQuery(todayVisitsQueryOptions(query));
