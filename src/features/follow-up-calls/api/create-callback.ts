import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { CreateCallbackInput } from '../schemas';
import { followUpEndpoints } from './endpoints';
import { followUpKeys } from './keys';

export const createCallback = (body: CreateCallbackInput) => apiRequest(followUpEndpoints.createCallback, { body });

/** "Call back at…" from a contact request; the caller supplies one idempotency key per attempt. */
export function useCreateCallback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCallback,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: followUpKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: followUpKeys.allCounts() });
    },
  });
}
