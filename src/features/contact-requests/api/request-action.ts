import { apiRequest } from '@/lib/api-client';
import type { ContactRequest, RequestAction } from '../schemas';
import { contactRequestEndpoints } from './endpoints';
import { type RequestChangeConfig, useRequestChange } from './optimistic-request';

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
    case 'not_duplicate':
      return { ...current, duplicateOf: null };
  }
}

export const useRequestAction = (id: string, config?: RequestChangeConfig<RequestAction>) =>
  useRequestChange(id, (input: RequestAction) => requestAction(id, input), predictAction, config);
