import { openRequestStatuses, type RequestStatus } from '../schemas';

export const isOpenStatus = (status: RequestStatus) =>
  (openRequestStatuses as readonly RequestStatus[]).includes(status);

/** The actions the server accepts from each status (booking is another flow). */
export function availableActions(status: RequestStatus) {
  const open = isOpenStatus(status);
  return {
    book: open,
    startContacting: status === 'new',
    notCandidate: open,
    close: open,
    reopen: status === 'not_candidate' || status === 'closed',
  };
}

export const statusColors = {
  new: 'blue',
  contacting: 'grape',
  booked: 'teal',
  not_candidate: 'gray',
  closed: 'gray',
} satisfies Record<RequestStatus, string>;

/** Clinic-local date and time as staff read it everywhere in the drawer. */
export const clinicDateTime = 'ddd D MMM YYYY, HH:mm';
