import type { Role } from '@/shared/staff/schemas';
import type { SessionStatus, TreatedArea } from '../../schemas';

export const sessionStatusLabels: Record<SessionStatus, string> = {
  scheduled: 'Scheduled',
  completed: 'Completed',
  no_show: 'No-show',
  cancelled: 'Cancelled',
};

export const sessionStatusColors: Record<SessionStatus, string> = {
  scheduled: 'blue',
  completed: 'teal',
  no_show: 'red',
  cancelled: 'gray',
};

export const treatedAreaLabels: Record<TreatedArea, string> = {
  left_leg: 'Left leg',
  right_leg: 'Right leg',
  face: 'Face',
};

/** SPEC rule 8: only clinicians and admins record outcomes and change the course itself. */
export const canChangeClinicalFields = (role: Role) => role === 'clinician' || role === 'admin';

/** "visit 3", "visits 3 and 4", "visits 2, 3 and 4". */
export function visitList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `visit ${numbers[0]}`;
  return `visits ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}
