import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import { staffEndpoints } from './endpoints';

export const staffQueryOptions = () =>
  queryOptions({
    queryKey: [...rootKeys.staff, 'list'],
    queryFn: ({ signal }) => apiRequest(staffEndpoints.list, { signal }),
    staleTime: 5 * 60_000,
  });

/** Every staff account, sorted by name; suspends until loaded. */
export const useStaff = () => useSuspenseQuery(staffQueryOptions()).data;
