import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useNavigation } from 'react-router';
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
  const location = useLocation();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const filters = useMemo(() => parseSeriesFilters(new URLSearchParams(location.search)), [location.search]);
  // A change made while the previous one is still loading builds on that one, not on the URL shown.
  const pending = navigation.location?.pathname === location.pathname ? navigation.location.search : null;
  const base = pending ?? location.search;
  /** A new filter starts again at page 1; paging keeps the filters. */
  const setFilters = useCallback(
    (change: Partial<SeriesFilters>) => {
      const next = seriesFiltersToParams({ ...parseSeriesFilters(new URLSearchParams(base)), page: 1, ...change });
      void navigate({ search: next.size > 0 ? `?${next}` : '' });
    },
    [base, navigate],
  );
  const resetFilters = useCallback(() => void navigate({ search: '' }), [navigate]);
  return { filters, setFilters, resetFilters };
}
