import { openRequestStatuses, type RequestAction, type RequestStatus } from '../schemas';

/** New and contacting requests are still being worked; booked, not a candidate and closed are done. */
export const isOpenRequest = (status: RequestStatus): boolean =>
  (openRequestStatuses as readonly RequestStatus[]).includes(status);

/** The actions that move a request between statuses (assigning and duplicate marks do not). */
type StatusAction = Exclude<RequestAction['action'], 'assign' | 'not_duplicate'>;

/** The statuses each action may start from: the server refuses the rest, the UI hides them. */
export const requestTransitions: Record<StatusAction, readonly RequestStatus[]> = {
  start_contacting: ['new'],
  not_candidate: openRequestStatuses,
  close: openRequestStatuses,
  reopen: ['not_candidate', 'closed'],
};

export const canApply = (action: StatusAction, status: RequestStatus): boolean =>
  requestTransitions[action].includes(status);

/** What the request drawer offers for a status (booking is its own flow, open requests only). */
export function availableActions(status: RequestStatus) {
  return {
    book: isOpenRequest(status),
    startContacting: canApply('start_contacting', status),
    notCandidate: canApply('not_candidate', status),
    close: canApply('close', status),
    reopen: canApply('reopen', status),
  };
}
