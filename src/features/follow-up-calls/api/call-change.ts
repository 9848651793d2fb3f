import { type UseMutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FollowUpCall, FollowUpDetail } from '../schemas';
import { type CallSnapshot, predictCall, putCall, refuseCallChange, settleCallChange } from './call-cache';
import { followUpKeys } from './keys';

export type CallChangeConfig<TInput> = Omit<
  UseMutationOptions<FollowUpCall, Error, TInput, CallSnapshot>,
  'mutationFn' | 'onMutate' | 'mutationKey'
>;

/**
 * A change to one call: shown at once as `predict` says, rolled back with a message when
 * refused, replaced by the server's answer when accepted. The caller's callbacks still run.
 */
export function useCallChange<TInput>(
  id: string,
  send: (input: TInput) => Promise<FollowUpCall>,
  predict: (current: FollowUpDetail, input: TInput) => FollowUpCall,
  { onSuccess, onError, onSettled, ...config }: CallChangeConfig<TInput> = {},
) {
  const queryClient = useQueryClient();
  return useMutation<FollowUpCall, Error, TInput, CallSnapshot>({
    ...config,
    mutationKey: followUpKeys.change(id),
    mutationFn: send,
    onMutate: (input) => predictCall(queryClient, id, (current) => predict(current, input)),
    onError: (...args) => {
      refuseCallChange(queryClient, id, args[2], args[0]);
      onError?.(...args);
    },
    onSuccess: (...args) => {
      putCall(queryClient, args[0]);
      onSuccess?.(...args);
    },
    onSettled: (...args) => {
      settleCallChange(queryClient);
      onSettled?.(...args);
    },
  });
}
