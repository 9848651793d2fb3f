import { useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { serverNow } from '@/lib/server-clock';
import { meQueryOptions } from '@/shared/auth/api/get-me';
import type { ContactRequest, logAttemptInputSchema } from '../schemas';
import { contactRequestEndpoints } from './endpoints';
import { type RequestChangeConfig, useRequestChange } from './optimistic-request';

export type LogAttemptInput = z.infer<typeof logAttemptInputSchema>;

/** With the key of this attempt to log it (see useIdempotencyKey). */
export type LogAttemptVariables = LogAttemptInput & { idempotencyKey?: string };

export const logAttempt = (id: string, { idempotencyKey, ...input }: LogAttemptVariables) =>
  apiRequest(contactRequestEndpoints.logAttempt, { params: { id }, body: input, idempotencyKey });

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

export function useLogAttempt(id: string, config?: RequestChangeConfig<LogAttemptVariables>) {
  const queryClient = useQueryClient();
  return useRequestChange(
    id,
    (input: LogAttemptVariables) => logAttempt(id, input),
    (current, input) =>
      predictAttempt(current, input, queryClient.getQueryData(meQueryOptions().queryKey), serverNow().toISOString()),
    config,
  );
}
