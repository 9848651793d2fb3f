import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import { todayEndpoints } from './endpoints';

/** Under the schedule's root key: recording a visit's outcome changes the figures. */
export const weekFiguresQueryOptions = () =>
  queryOptions({
    queryKey: [...rootKeys.schedule, 'week-figures'],
    queryFn: ({ signal }) => apiRequest(todayEndpoints.weekFigures, { signal }),
  });

export const useWeekFigures = () => useQuery(weekFiguresQueryOptions());
