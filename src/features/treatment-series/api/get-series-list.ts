import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { seriesEndpoints } from './endpoints';
import { type SeriesListQuery, seriesKeys } from './keys';

export const getSeriesList = (query: SeriesListQuery, signal?: AbortSignal) =>
  apiRequest(seriesEndpoints.list, {
    query: {
      progress: query.progress.length > 0 ? query.progress.join(',') : undefined,
      clinicianId: query.clinicianId,
      patientId: query.patientId,
      page: query.page,
      pageSize: query.pageSize,
    },
    signal,
  });

export const seriesListQueryOptions = (query: SeriesListQuery) =>
  queryOptions({
    queryKey: seriesKeys.list(query),
    queryFn: ({ signal }) => getSeriesList(query, signal),
    placeholderData: keepPreviousData,
  });

/** One server page of series; the previous page stays visible while the next one loads. */
export const useSeriesList = (query: SeriesListQuery) => useQuery(seriesListQueryOptions(query));
