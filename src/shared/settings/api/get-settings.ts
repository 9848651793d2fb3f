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

export const publicSettingsQueryOptions = () =>
  queryOptions({
    queryKey: [...rootKeys.settings, 'public'] as const,
    queryFn: ({ signal }) => apiRequest(settingsEndpoints.publicView, { signal }),
    staleTime: 5 * 60_000,
  });

/** The settings the public website form may read (the clinic's country); suspends until loaded. */
export const usePublicSettings = () => useSuspenseQuery(publicSettingsQueryOptions()).data;
