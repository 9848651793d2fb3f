import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { reviewEndpoints } from './endpoints';
import { followUpKeys } from './keys';

export type ResolveReviewInput = { id: string; version: number; note: string };

export const resolveReview = ({ id, ...body }: ResolveReviewInput) =>
  apiRequest(reviewEndpoints.resolve, { params: { id }, body });

/** Marks a concern reviewed; every review list then reads again (a 409 brings the newer one). */
export function useResolveReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveReview,
    onSettled: () => queryClient.invalidateQueries({ queryKey: followUpKeys.reviews() }),
  });
}
