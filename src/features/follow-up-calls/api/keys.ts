import { rootKeys } from '@/lib/query-keys';
import type { FollowUpListQuery, ReviewListQuery } from '../schemas';

export type FollowUpFilterQuery = Pick<FollowUpListQuery, 'reason' | 'assignee'>;

/** Reviews live under the follow-ups root, so a change that refreshes calls refreshes them too. */
export const followUpKeys = {
  all: rootKeys.followUps,
  lists: () => [...rootKeys.followUps, 'list'] as const,
  list: (query: FollowUpListQuery) => [...rootKeys.followUps, 'list', query] as const,
  counts: (query: FollowUpFilterQuery = {}) => [...rootKeys.followUps, 'counts', query] as const,
  allCounts: () => [...rootKeys.followUps, 'counts'] as const,
  detail: (id: string) => [...rootKeys.followUps, 'detail', id] as const,
  /** Every change to one call shares this key, so the drawer can tell while one is on its way. */
  change: (id: string) => [...rootKeys.followUps, 'detail', id, 'change'] as const,
  reviews: () => [...rootKeys.followUps, 'reviews'] as const,
  reviewList: (query: ReviewListQuery) => [...rootKeys.followUps, 'reviews', query] as const,
};
