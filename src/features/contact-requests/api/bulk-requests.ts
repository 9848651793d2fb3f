import { type UseMutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/endpoint';
import type { BulkRequestAction } from '../schemas';
import { contactRequestEndpoints } from './endpoints';
import { contactRequestKeys } from './keys';

export type BulkResult = ResponseOf<typeof contactRequestEndpoints.bulk>;

export const bulkRequests = (input: BulkRequestAction) => apiRequest(contactRequestEndpoints.bulk, { body: input });

type Config = Omit<UseMutationOptions<BulkResult, Error, BulkRequestAction>, 'mutationFn'>;

/** Assigns or closes several requests at once; lists, counts and open drawers refresh afterwards. */
export function useBulkRequests(config: Config = {}) {
  const queryClient = useQueryClient();
  const { onSettled, ...rest } = config;
  return useMutation<BulkResult, Error, BulkRequestAction>({
    ...rest,
    mutationFn: bulkRequests,
    onSettled: (...args) => {
      void queryClient.invalidateQueries({ queryKey: contactRequestKeys.all });
      onSettled?.(...args);
    },
  });
}
