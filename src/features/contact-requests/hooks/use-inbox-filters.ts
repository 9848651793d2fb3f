import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { InboxQuery } from '../api/get-contact-requests';
import {
  type Concern,
  concerns,
  openRequestStatuses,
  type RequestStatus,
  requestSorts,
  requestStatuses,
} from '../schemas';

export type RequestSort = (typeof requestSorts)[number];
export type SortOrder = 'asc' | 'desc';

/** The shareable part of the inbox view. The free-text search is not here: names are patient data. */
export type InboxFilters = {
  /** Empty means every status. */
  statuses: readonly RequestStatus[];
  concerns: readonly Concern[];
  /** null is anyone; otherwise 'me', 'unassigned' or a staff id. */
  assignee: string | null;
  lateOnly: boolean;
  sort: RequestSort;
  order: SortOrder;
};

const defaultInboxFilters: InboxFilters = {
  statuses: openRequestStatuses,
  concerns: [],
  assignee: null,
  lateOnly: false,
  sort: 'waiting',
  order: 'desc',
};

const allStatuses = 'all';

const noItems: readonly never[] = [];
const parsedLists = new Map<string, readonly string[]>();

/**
 * Parses a comma-separated list param. The same text always gives the same array, so a sort
 * change leaves the filter values (and the memoized controls showing them) untouched.
 */
function csv<T extends string>(value: string | null, allowed: readonly T[]): readonly T[] {
  if (!value) return noItems;
  const parsed = value.split(',').filter((item) => (allowed as readonly string[]).includes(item));
  const key = parsed.join();
  let items = parsedLists.get(key);
  if (!items) {
    items = Object.freeze(parsed);
    parsedLists.set(key, items);
  }
  return items as readonly T[];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

export function parseInboxFilters(params: URLSearchParams): InboxFilters {
  const status = params.get('status');
  const sort = params.get('sort');
  const order = params.get('order');
  return {
    statuses:
      status === null ? defaultInboxFilters.statuses : status === allStatuses ? noItems : csv(status, requestStatuses),
    concerns: csv(params.get('concern'), concerns),
    assignee: params.get('assignee') || null,
    lateOnly: params.get('late') === 'true',
    sort: requestSorts.find((value) => value === sort) ?? defaultInboxFilters.sort,
    order: order === 'asc' || order === 'desc' ? order : defaultInboxFilters.order,
  };
}

/** Only what differs from the default view goes into the URL. */
function inboxFiltersToParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (!sameSet(filters.statuses, defaultInboxFilters.statuses)) {
    params.set('status', filters.statuses.length === 0 ? allStatuses : filters.statuses.join(','));
  }
  if (filters.concerns.length > 0) params.set('concern', filters.concerns.join(','));
  if (filters.assignee) params.set('assignee', filters.assignee);
  if (filters.lateOnly) params.set('late', 'true');
  if (filters.sort !== defaultInboxFilters.sort || filters.order !== defaultInboxFilters.order) {
    params.set('sort', filters.sort);
    params.set('order', filters.order);
  }
  return params;
}

/** The server query for a view and a (debounced) search text. */
export function toInboxQuery(filters: InboxFilters, search: string): InboxQuery {
  const q = search.trim();
  return {
    status: filters.statuses.length > 0 ? filters.statuses.join(',') : undefined,
    concern: filters.concerns.length > 0 ? filters.concerns.join(',') : undefined,
    assignee: filters.assignee ?? undefined,
    late: filters.lateOnly ? 'true' : undefined,
    q: q || undefined,
    sort: filters.sort,
    order: filters.order,
  };
}

export function isDefaultView(filters: InboxFilters): boolean {
  return inboxFiltersToParams(filters).size === 0;
}

/** Inbox filters and sort, kept in the URL search params so a view can be shared. */
export function useInboxFilters() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const filters = useMemo(() => parseInboxFilters(new URLSearchParams(search)), [search]);
  // The setters stay the same function across URL changes, so memoized controls skip
  // re-rendering. The ref runs ahead of the location: a change made while the previous
  // navigation is still loading builds on it instead of undoing it.
  const latestSearch = useRef(search);
  useLayoutEffect(() => {
    latestSearch.current = search;
  }, [search]);
  const setFilters = useCallback(
    (change: Partial<InboxFilters>) => {
      const current = parseInboxFilters(new URLSearchParams(latestSearch.current));
      latestSearch.current = `?${inboxFiltersToParams({ ...current, ...change })}`;
      void navigate({ search: latestSearch.current }, { replace: true });
    },
    [navigate],
  );
  const resetFilters = useCallback(() => {
    latestSearch.current = '';
    void navigate({ search: '' }, { replace: true });
  }, [navigate]);
  return { filters, setFilters, resetFilters };
}
