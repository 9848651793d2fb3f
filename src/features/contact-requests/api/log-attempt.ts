import { type UseMutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { meQueryOptions } from '@/features/auth/api/get-me';
import { apiRequest } from '@/lib/api-client';
import { serverNow } from '@/lib/server-clock';
import type { ContactRequest, logAttemptInputSchema } from '../schemas';
import { contactRequestEndpoints } from './endpoints';
import {
  predictRequest,
  putRequest,
  type RequestSnapshot,
  refuseRequestChange,
  settleRequestChange,
} from './optimistic-request';
import { requestChangeKey } from './request-action';

export type LogAttemptInput = z.infer<typeof logAttemptInputSchema>;

export const logAttempt = (id: string, input: LogAttemptInput) =>
  apiRequest(contactRequestEndpoints.logAttempt, { params: { id }, body: input });

type Me = { id: string; name: string } | undefined;

/** The attempt as the server will record it; the first one also sets the first-contact time. */
export function predictAttempt(current: ContactRequest, input: LogAttemptInput, me: Me, at: string): ContactRequest {
  const attempt = {
    id: `pending-${at}`,
    at,
    staffId: me?.id ?? '',
    staffName: me?.name ?? 'You',
    channel: input.channel,
    outcome: input.outcome,
    note: input.note,
  };
  return {
    ...current,
    status: current.status === 'new' ? 'contacting' : current.status,
    firstContactAt: current.firstContactAt ?? at,
    attempts: [...current.attempts, attempt],
    attemptCount: current.attemptCount + 1,
    lastAttemptAt: at,
  };
}

type Config = Omit<
  UseMutationOptions<ContactRequest, Error, LogAttemptInput, RequestSnapshot>,
  'mutationFn' | 'onMutate'
>;

export function useLogAttempt(id: string, config: Config = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, onSettled, ...rest } = config;
  return useMutation<ContactRequest, Error, LogAttemptInput, RequestSnapshot>({
    ...rest,
    mutationKey: requestChangeKey(id),
    mutationFn: (input) => logAttempt(id, input),
    onMutate: (input) => {
      const me = queryClient.getQueryData(meQueryOptions().queryKey);
      const at = serverNow().toISOString();
      return predictRequest(queryClient, id, (current) => predictAttempt(current, input, me, at));
    },
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
