import { pageParam, type UrlFilters, useUrlFilters } from '@/lib/url-filters';
import { type SeriesProgress, seriesProgressStatuses } from '../../schemas';

/** The shareable Series view: statuses (empty is every status), clinician and page, all in the URL. */
export type SeriesFilters = { progress: SeriesProgress[]; clinicianId: string | null; page: number };

function parseProgress(value: string | null): SeriesProgress[] {
  if (!value) return [];
  return value
    .split(',')
    .filter((item): item is SeriesProgress => (seriesProgressStatuses as readonly string[]).includes(item));
}

export function parseSeriesFilters(params: URLSearchParams): SeriesFilters {
  return {
    progress: parseProgress(params.get('status')),
    clinicianId: params.get('clinician') || null,
    page: pageParam(params.get('page')),
  };
}

export function seriesFiltersToParams(filters: SeriesFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.progress.length > 0) params.set('status', filters.progress.join(','));
  if (filters.clinicianId) params.set('clinician', filters.clinicianId);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

const seriesUrlFilters: UrlFilters<SeriesFilters> = {
  parse: parseSeriesFilters,
  toParams: seriesFiltersToParams,
  // A new filter starts again at page 1; paging keeps the filters.
  merge: (current, change) => ({ ...current, page: 1, ...change }),
};

/** The Series view in the URL. */
export const useSeriesFilters = () => useUrlFilters(seriesUrlFilters);
