import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
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

/**
 * The Series view in the URL. Navigations render in a transition, so a second change can come
 * before the first one shows: each change builds on the last one asked for, not on the URL on screen.
 */
export function useSeriesFilters() {
  const location = useLocation();
  const navigate = useNavigate();
  const filters = useMemo(() => parseSeriesFilters(new URLSearchParams(location.search)), [location.search]);
  const requested = useRef<string[]>([]);
  useEffect(() => {
    const queue = requested.current;
    const shown = queue.indexOf(location.search);
    // Anything not asked for here (a link, Back) replaces the queue.
    requested.current = shown >= 0 ? queue.slice(shown + 1) : [];
  }, [location.search]);

  const go = useCallback(
    (params: URLSearchParams) => {
      const search = params.size > 0 ? `?${params}` : '';
      requested.current = [...requested.current, search];
      void navigate({ search });
    },
    [navigate],
  );
  /** A new filter starts again at page 1; paging keeps the filters. */
  const setFilters = useCallback(
    (change: Partial<SeriesFilters>) => {
      const base = new URLSearchParams(requested.current.at(-1) ?? location.search);
      go(seriesFiltersToParams({ ...parseSeriesFilters(base), page: 1, ...change }));
    },
    [go, location.search],
  );
  const resetFilters = useCallback(() => go(new URLSearchParams()), [go]);
  return { filters, setFilters, resetFilters };
}
