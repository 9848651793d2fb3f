import { type UseMutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ContactRequest, RequestAction } from '../schemas';
import { contactRequestEndpoints } from './endpoints';
import { contactRequestKeys } from './keys';
import {
  predictRequest,
  putRequest,
  type RequestSnapshot,
  refuseRequestChange,
  settleRequestChange,
} from './optimistic-request';

export const requestAction = (id: string, input: RequestAction) =>
  apiRequest(contactRequestEndpoints.act, { params: { id }, body: input });

/** What the server will answer, as far as the browser can tell. */
export function predictAction(current: ContactRequest, input: RequestAction): ContactRequest {
  switch (input.action) {
    case 'assign':
      return { ...current, assigneeId: input.assigneeId };
    case 'start_contacting':
      return { ...current, status: 'contacting' };
    case 'not_candidate':
      return { ...current, status: 'not_candidate', statusReason: input.reason, closeReason: null };
    case 'close':
      return { ...current, status: 'closed', closeReason: input.closeReason, statusReason: input.reason };
    case 'reopen':
      return { ...current, status: 'contacting', closeReason: null, statusReason: null };
  }
}

/** Every change to one request shares this key, so the drawer can wait for all of them. */
export const requestChangeKey = (id: string) => [...contactRequestKeys.detail(id), 'change'] as const;

type Config = Omit<
  UseMutationOptions<ContactRequest, Error, RequestAction, RequestSnapshot>,
  'mutationFn' | 'onMutate'
>;

export function useRequestAction(id: string, config: Config = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, onSettled, ...rest } = config;
  return useMutation<ContactRequest, Error, RequestAction, RequestSnapshot>({
    ...rest,
    mutationKey: requestChangeKey(id),
    mutationFn: (input) => requestAction(id, input),
    onMutate: (input) => predictRequest(queryClient, id, (current) => predictAction(current, input)),
    onError: (...args) => {
      refuseRequestChange(queryClient, id, args[2], args[0]);
      onError?.(...args);
    },
    onSuccess: (...args) => {
      putRequest(queryClient, args[0]);
      onSuccess?.(...args);
    },
    onSettled: (...args) => {
      settleRequestChange(queryClient);
      onSettled?.(...args);
    },
  });
}
