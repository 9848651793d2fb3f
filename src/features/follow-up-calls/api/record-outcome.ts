import { useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { serverNow } from '@/lib/server-clock';
import { meQueryOptions } from '@/shared/auth/api/get-me';
import type { FollowUpCall, FollowUpDetail, RecordFollowUpInput } from '../schemas';
import { callOf } from './call-cache';
import { type CallChangeConfig, useCallChange } from './call-change';
import { followUpEndpoints } from './endpoints';

export const recordOutcome = (id: string, input: RecordFollowUpInput) =>
  apiRequest(followUpEndpoints.record, { params: { id }, body: input });

/** The call as the server will store it, as far as the browser can tell (the next attempt time is the server's). */
export function predictOutcome(
  current: FollowUpDetail,
  input: RecordFollowUpInput,
  byId: string,
  at: string,
): FollowUpCall {
  const note = input.outcome === 'cancelled' ? input.reason : input.note;
  const call = callOf(current);
  const base = { ...call, attempts: [...call.attempts, { at, byId, outcome: input.outcome, note }] };
  switch (input.outcome) {
    case 'done':
      return { ...base, status: 'done', outcomeNote: input.note, answers: input.answers, doneById: byId, doneAt: at };
    case 'no_answer':
    case 'voicemail':
      return { ...base, status: 'no_answer' };
    case 'postponed':
      return { ...base, status: 'due', dueAt: input.dueAt };
    case 'cancelled':
      return { ...base, status: 'cancelled', cancelReason: input.reason, doneById: byId, doneAt: at };
  }
}

export function useRecordOutcome(id: string, config?: CallChangeConfig<RecordFollowUpInput>) {
  const queryClient = useQueryClient();
  return useCallChange(
    id,
    (input: RecordFollowUpInput) => recordOutcome(id, input),
    (current, input) =>
      predictOutcome(
        current,
        input,
        queryClient.getQueryData(meQueryOptions().queryKey)?.id ?? '',
        serverNow().toISOString(),
      ),
    config,
  );
}
