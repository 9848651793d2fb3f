import { apiRequest } from '@/lib/api-client';
import { callOf } from './call-cache';
import { type CallChangeConfig, useCallChange } from './call-change';
import { followUpEndpoints } from './endpoints';

export type AssignCallInput = { version: number; assigneeId: string | null };

export const assignCall = (id: string, body: AssignCallInput) =>
  apiRequest(followUpEndpoints.assign, { params: { id }, body });

export const useAssignCall = (id: string, config?: CallChangeConfig<AssignCallInput>) =>
  useCallChange(
    id,
    (input: AssignCallInput) => assignCall(id, input),
    (current, input) => ({ ...callOf(current), assigneeId: input.assigneeId }),
    config,
  );
