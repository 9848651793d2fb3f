import { csvParam, pageParam, type UrlFilters, useUrlFilters } from '@/lib/url-filters';
import {
  type FollowUpBucket,
  type FollowUpListQuery,
  type FollowUpReason,
  followUpBuckets,
  followUpReasons,
} from '../../schemas';

/** The shareable queue view: no patient data, only the bucket, reasons, assignee and page. */
export type QueueFilters = {
  bucket: FollowUpBucket;
  reasons: readonly FollowUpReason[];
  /** null is anyone; otherwise 'me', 'unassigned' or a staff id. */
  assignee: string | null;
  page: number;
};

export const queuePageSize = 25;
const defaultBucket: FollowUpBucket = 'today';

export function parseQueueFilters(params: URLSearchParams): QueueFilters {
  const bucket = params.get('bucket');
  return {
    bucket: followUpBuckets.find((value) => value === bucket) ?? defaultBucket,
    reasons: csvParam(params.get('reason'), followUpReasons),
    assignee: params.get('assignee') || null,
    page: pageParam(params.get('page')),
  };
}

function queueFiltersToParams(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.bucket !== defaultBucket) params.set('bucket', filters.bucket);
  if (filters.reasons.length > 0) params.set('reason', filters.reasons.join(','));
  if (filters.assignee) params.set('assignee', filters.assignee);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The reason and assignee part of the server query, shared by the list and the counts. */
export const toFilterQuery = (filters: QueueFilters) => ({
  reason: filters.reasons.length > 0 ? filters.reasons.join(',') : undefined,
  assignee: filters.assignee ?? undefined,
});

export const toQueueQuery = (filters: QueueFilters): FollowUpListQuery => ({
  ...toFilterQuery(filters),
  bucket: filters.bucket,
  page: filters.page,
  pageSize: queuePageSize,
});

export const isFilteredView = (filters: QueueFilters) => filters.reasons.length > 0 || filters.assignee !== null;

const queueUrlFilters: UrlFilters<QueueFilters> = {
  parse: parseQueueFilters,
  toParams: queueFiltersToParams,
  // A new filter or bucket starts again at page 1; paging keeps the rest.
  merge: (current, change) => ({ ...current, page: 1, ...change }),
};

export const useQueueFilters = () => useUrlFilters(queueUrlFilters);
