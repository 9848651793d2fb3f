import type { RequestStatus } from '../schemas';

export const statusColors = {
  new: 'blue',
  contacting: 'grape',
  booked: 'teal',
  not_candidate: 'gray',
  closed: 'gray',
} satisfies Record<RequestStatus, string>;
