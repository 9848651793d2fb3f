import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
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
  statuses: RequestStatus[];
  concerns: Concern[];
  /** null is anyone; otherwise 'me', 'unassigned' or a staff id. */
  assignee: string | null;
  lateOnly: boolean;
  sort: RequestSort;
  order: SortOrder;
};

const defaultInboxFilters: InboxFilters = {
  statuses: [...openRequestStatuses],
  concerns: [],
  assignee: null,
  lateOnly: false,
  sort: 'waiting',
  order: 'desc',
};

const allStatuses = 'all';

function csv<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  return value.split(',').filter((item): item is T => (allowed as readonly string[]).includes(item));
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
      status === null ? defaultInboxFilters.statuses : status === allStatuses ? [] : csv(status, requestStatuses),
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
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseInboxFilters(params), [params]);
  const setFilters = useCallback(
    (change: Partial<InboxFilters>) =>
      setParams((current) => inboxFiltersToParams({ ...parseInboxFilters(current), ...change }), { replace: true }),
    [setParams],
  );
  const resetFilters = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { filters, setFilters, resetFilters };
}
