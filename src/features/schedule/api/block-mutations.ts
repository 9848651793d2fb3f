import { useMutation, useQueryClient } from '@tanstack/react-query';
import { blockEndpoints } from '@/features/treatment-series/api/block-endpoints';
import type { CreateBlockInput } from '@/features/treatment-series/block-schemas';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';

export const createBlock = (input: CreateBlockInput) => apiRequest(blockEndpoints.create, { body: input });
export const removeBlock = (id: string) => apiRequest(blockEndpoints.remove, { params: { id } });

/** Blocked time changes what is free: the whole schedule (sessions and blocks) refreshes. */
export function useCreateBlock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBlock,
    onSettled: () => queryClient.invalidateQueries({ queryKey: rootKeys.schedule }),
  });
}

export function useRemoveBlock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeBlock,
    onSettled: () => queryClient.invalidateQueries({ queryKey: rootKeys.schedule }),
  });
}
