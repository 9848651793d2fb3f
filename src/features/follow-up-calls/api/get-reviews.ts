import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ReviewListQuery } from '../schemas';
import { reviewEndpoints } from './endpoints';
import { followUpKeys } from './keys';

/** Concerns raised on calls: a clinician's open ones on Today, a visit's on its series page. */
export const reviewsQueryOptions = (query: ReviewListQuery) =>
  queryOptions({
    queryKey: followUpKeys.reviewList(query),
    queryFn: ({ signal }) => apiRequest(reviewEndpoints.list, { query, signal }),
  });

export const useReviews = (query: ReviewListQuery) => useQuery(reviewsQueryOptions(query));
