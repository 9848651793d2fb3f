import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
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
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    progress: parseProgress(params.get('status')),
    clinicianId: params.get('clinician') || null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function seriesFiltersToParams(filters: SeriesFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.progress.length > 0) params.set('status', filters.progress.join(','));
  if (filters.clinicianId) params.set('clinician', filters.clinicianId);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function useSeriesFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseSeriesFilters(params), [params]);
  /** A new filter starts again at page 1; paging keeps the filters. */
  const setFilters = useCallback(
    (change: Partial<SeriesFilters>) =>
      setParams((current) => seriesFiltersToParams({ ...parseSeriesFilters(current), page: 1, ...change })),
    [setParams],
  );
  const resetFilters = useCallback(() => setParams(new URLSearchParams()), [setParams]);
  return { filters, setFilters, resetFilters };
}
