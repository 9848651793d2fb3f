import { csvParam, type UrlFilters, useUrlFilters } from '@/lib/url-filters';
import type { InboxQuery } from '../api/get-contact-requests';
import { type Concern, concerns } from '../intake-vocabulary';
import { openRequestStatuses, type RequestStatus, requestSorts, requestStatuses } from '../schemas';

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
/** One array for "every status", so memoized controls see the same value each parse. */
const everyStatus: readonly RequestStatus[] = Object.freeze([]);

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

export function parseInboxFilters(params: URLSearchParams): InboxFilters {
  const status = params.get('status');
  const sort = params.get('sort');
  const order = params.get('order');
  return {
    statuses:
      status === null
        ? defaultInboxFilters.statuses
        : status === allStatuses
          ? everyStatus
          : csvParam(status, requestStatuses),
    concerns: csvParam(params.get('concern'), concerns),
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

const inboxUrlFilters: UrlFilters<InboxFilters> = {
  parse: parseInboxFilters,
  toParams: inboxFiltersToParams,
  history: 'replace',
};

/** Inbox filters and sort, kept in the URL search params so a view can be shared. */
export const useInboxFilters = () => useUrlFilters(inboxUrlFilters);
