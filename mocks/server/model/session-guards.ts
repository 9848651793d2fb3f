import type { Session, SessionStatus } from '@/features/treatment-series/schemas';
import { formatClinic } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import { db, type StoredSeries } from '../db';
import { invalidTransition } from '../problem-error';
import { expectVersion, getOr404 } from '../utils';
import { patientNameOf, toSeriesResponse } from './series';

export const statusWords: Record<SessionStatus, string> = {
  scheduled: 'scheduled',
  completed: 'completed',
  no_show: 'marked as a no-show',
  cancelled: 'cancelled',
};

/** The session and its series, after a version check whose 409 carries the newer series. */
export function loadSession(id: string | undefined, version: number): { session: Session; series: StoredSeries } {
  const session = getOr404(db.sessions, id, 'Session');
  const series = getOr404(db.series, session.seriesId, 'Treatment series');
  expectVersion(session, version, 'session', toSeriesResponse(series));
  return { session, series };
}

export function expectStatus(session: Session, wanted: SessionStatus, doing: string): void {
  if (session.status !== wanted) {
    throw invalidTransition(`Visit ${session.number} is ${statusWords[session.status]}: cannot ${doing}.`);
  }
}

/** "Maria Lopez: visit 2 (Tue 1 Dec 10:00)" for audit summaries. */
export function sessionLabel(series: StoredSeries, session: Session): string {
  const when = formatClinic(session.start, db.settings.timeZone, shortDateTimeFormat);
  return `${patientNameOf(series)}: visit ${session.number} (${when})`;
}
