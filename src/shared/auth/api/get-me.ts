import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import { authEndpoints } from './endpoints';

export const meQueryOptions = () =>
  queryOptions({
    queryKey: [...rootKeys.auth, 'me'],
    queryFn: ({ signal }) => apiRequest(authEndpoints.me, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The signed-in staff member; only usable below the authenticated layout. */
export const useCurrentStaff = () => useSuspenseQuery(meQueryOptions()).data;
