import { canApply, requestTransitions } from '@/features/contact-requests/domain/request-status';
import type { ContactRequest, RequestAction } from '@/features/contact-requests/schemas';
import { closeReasonLabels, statusLabels } from '@/features/contact-requests/schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { db } from '../db';
import { invalidTransition, validationProblem } from '../problem-error';
import { saveRequest } from './contact-requests';

/** A request action without its version (bulk actions carry none). */
export type ActionInput = RequestAction extends infer Action
  ? Action extends unknown
    ? Omit<Action, 'version'>
    : never
  : never;

const actionNames: Record<ActionInput['action'], string> = {
  assign: 'assign',
  start_contacting: 'start contacting',
  not_candidate: 'mark as not a candidate',
  close: 'close',
  reopen: 'reopen',
  not_duplicate: 'mark as not the same person',
};

/** Why the action cannot run on a request in this status, or null when it can. */
export function transitionProblem(request: ContactRequest, action: ActionInput['action']): string | null {
  if (action === 'assign') return null;
  if (action === 'not_duplicate') {
    return request.duplicateOf ? null : 'This request is not flagged as a possible duplicate.';
  }
  if (canApply(action, request.status)) return null;
  const from = requestTransitions[action].map((status) => statusLabels[status].toLowerCase()).join(' or ');
  return `Cannot ${actionNames[action]} a request that is ${statusLabels[request.status].toLowerCase()}: only ${from} requests can.`;
}

function assigneeName(assigneeId: string | null): string {
  if (assigneeId === null) return 'nobody';
  const staff = db.staff.get(assigneeId);
  if (!staff) throw validationProblem({ assigneeId: ['Choose an existing staff member'] });
  return staff.name;
}

/** Applies one action (after its version was checked); 409 invalidTransition when the status forbids it. */
export function applyRequestAction(
  actor: Pick<StaffMember, 'id' | 'name'>,
  request: ContactRequest,
  input: ActionInput,
): ContactRequest {
  const problem = transitionProblem(request, input.action);
  if (problem) throw invalidTransition(problem);
  switch (input.action) {
    case 'assign':
      return saveRequest(
        actor,
        request,
        { assigneeId: input.assigneeId },
        'assign',
        `assigned to ${assigneeName(input.assigneeId)}`,
      );
    case 'start_contacting':
      return saveRequest(actor, request, { status: 'contacting' }, 'start_contacting', 'started contacting');
    case 'not_candidate':
      return saveRequest(
        actor,
        request,
        { status: 'not_candidate', statusReason: input.reason, closeReason: null },
        'not_candidate',
        `not a candidate (${input.reason})`,
      );
    case 'close':
      return saveRequest(
        actor,
        request,
        { status: 'closed', closeReason: input.closeReason, statusReason: input.reason },
        'close',
        `closed as ${closeReasonLabels[input.closeReason].toLowerCase()} (${input.reason})`,
      );
    case 'reopen':
      return saveRequest(
        actor,
        request,
        { status: 'contacting', closeReason: null, statusReason: null },
        'reopen',
        'reopened',
      );
    case 'not_duplicate': {
      const other = request.duplicateOf;
      const whom = other ? `${other.kind === 'patient' ? 'patient' : 'request from'} ${other.name} (${other.id})` : '';
      return saveRequest(actor, request, { duplicateOf: null }, 'not_duplicate', `not the same person as ${whom}`);
    }
  }
}
