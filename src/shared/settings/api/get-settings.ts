import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import { settingsEndpoints } from './endpoints';

export const settingsQueryOptions = () =>
  queryOptions({
    queryKey: rootKeys.settings,
    queryFn: ({ signal }) => apiRequest(settingsEndpoints.get, { signal }),
    staleTime: 5 * 60_000,
  });

/** Clinic settings (time zone, opening hours, response-time target); suspends until loaded. */
export const useSettings = () => useSuspenseQuery(settingsQueryOptions()).data;
