import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { seriesEndpoints } from './endpoints';
import { seriesKeys } from './keys';

export const getSeries = (id: string, signal?: AbortSignal) =>
  apiRequest(seriesEndpoints.detail, { params: { id }, signal });

export const seriesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: seriesKeys.detail(id),
    queryFn: ({ signal }) => getSeries(id, signal),
  });

/** One series with its sessions; suspends until loaded. */
export const useSeries = (id: string) => useSuspenseQuery(seriesQueryOptions(id)).data;
