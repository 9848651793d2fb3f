import { createEvents, type EventAttributes } from 'ics';
import { toMillis } from '@/lib/clinic-time';
import { aftercarePlainText } from '../aftercare';

export const clinicName = 'Glamour Medical Aesthetics';

export type CalendarSession = { id: string; number: number; start: string; durationMinutes: number };

/**
 * An iCalendar file with one event per session, start times in UTC (the patient's calendar
 * shows them in their own zone, which is the right instant whatever that zone is).
 */
export function seriesCalendar(sessions: readonly CalendarSession[], plannedSessions: number): string {
  const events: EventAttributes[] = sessions.map((session) => ({
    uid: `${session.id}@veindesk.example`,
    start: toMillis(session.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: session.durationMinutes },
    title: `Sclerotherapy visit ${session.number} of ${plannedSessions}`,
    location: clinicName,
    description: aftercarePlainText,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  }));
  const { error, value } = createEvents(events, {
    productId: 'veindesk/treatment-series',
    calName: `${clinicName}: sclerotherapy`,
  });
  if (error || value === null) throw error ?? new Error('The calendar file could not be written');
  return value;
}
