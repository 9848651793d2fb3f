import { formatClinic } from '@/lib/clinic-time';
import { shortDateFormat } from '@/lib/date-formats';
import type { Session } from '../schemas';

/** "Visit 2 on Mon 7 Dec not recorded yet": a past visit still waiting for completed or no-show. */
export const unrecordedVisitText = (session: Pick<Session, 'number' | 'start'>, timeZone: string) =>
  `Visit ${session.number} on ${formatClinic(session.start, timeZone, shortDateFormat)} not recorded yet`;
