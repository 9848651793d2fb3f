import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { followUpEndpoints } from './endpoints';
import { followUpKeys } from './keys';

export const followUpQueryOptions = (id: string) =>
  queryOptions({
    queryKey: followUpKeys.detail(id),
    queryFn: ({ signal }) => apiRequest(followUpEndpoints.detail, { params: { id }, signal }),
  });

/** One call with what the caller needs; loading and errors (a 404) are the drawer's to show. */
export const useFollowUp = (id: string) => useQuery(followUpQueryOptions(id));
