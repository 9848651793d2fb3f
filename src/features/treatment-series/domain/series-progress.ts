import { calendarDaysBetween, clinicDate, type Instant, MINUTE_MS, toMillis } from '@/lib/clinic-time';
import type { SeriesProgress, SessionStatus, TreatmentSeries } from '../schemas';

export type ProgressSession = { start: string; durationMinutes: number; status: SessionStatus };

export type ProgressInput = {
  status: TreatmentSeries['status'];
  plannedSessions: number;
  spacingDays: number;
  sessions: readonly ProgressSession[];
};

const DAY_MS = 24 * 60 * MINUTE_MS;

function endMs(session: ProgressSession): number {
  return toMillis(session.start) + session.durationMinutes * MINUTE_MS;
}

function latestBy<S extends ProgressSession>(sessions: readonly S[]): S | null {
  let latest: S | null = null;
  for (const session of sessions) {
    if (!latest || toMillis(session.start) > toMillis(latest.start)) latest = session;
  }
  return latest;
}

function earliestBy<S extends ProgressSession>(sessions: readonly S[]): S | null {
  let earliest: S | null = null;
  for (const session of sessions) {
    if (!earliest || toMillis(session.start) < toMillis(earliest.start)) earliest = session;
  }
  return earliest;
}

/**
 * The first rule that matches, in order:
 * 1. 'discontinued' when the series status is discontinued.
 * 2. 'completed' when the status is completed or completed sessions >= planned.
 * 3. 'on_track' when a scheduled session has not ended yet (upcoming or in progress).
 * 4. 'overdue' when the last completed session (or, with none completed, the last past
 *    non-cancelled session) started more than `spacingDays` clinic-local calendar days ago.
 * 5. 'needs_booking' when completed + scheduled sessions < planned.
 * 6. 'on_track' otherwise (e.g. a past session still waiting for its outcome).
 */
export function deriveSeriesProgress(series: ProgressInput, now: Instant, timeZone: string): SeriesProgress {
  if (series.status === 'discontinued') return 'discontinued';
  const completed = series.sessions.filter((session) => session.status === 'completed');
  if (series.status === 'completed' || completed.length >= series.plannedSessions) return 'completed';

  const nowMs = toMillis(now);
  const scheduled = series.sessions.filter((session) => session.status === 'scheduled');
  if (scheduled.some((session) => endMs(session) > nowMs)) return 'on_track';

  const pastSessions = series.sessions.filter(
    (session) => session.status !== 'cancelled' && toMillis(session.start) <= nowMs,
  );
  const reference = latestBy(completed) ?? latestBy(pastSessions);
  if (reference) {
    const daysSince = calendarDaysBetween(clinicDate(reference.start, timeZone), clinicDate(nowMs, timeZone));
    if (daysSince > series.spacingDays) return 'overdue';
  }
  if (completed.length + scheduled.length < series.plannedSessions) return 'needs_booking';
  return 'on_track';
}

export type SeriesVisitSummary<S extends ProgressSession> = {
  completed: number;
  planned: number;
  /** The earliest scheduled session that has not ended yet. */
  nextSession: S | null;
  /** The latest completed session. */
  lastSession: S | null;
  /** The earliest scheduled session that has ended with no outcome recorded (completed or no-show). */
  unrecordedSession: S | null;
  /** Since `lastSession` started: clinic-local calendar days when `timeZone` is given, else whole 24-hour days. */
  daysSinceLast: number | null;
};

export function seriesVisitSummary<S extends ProgressSession>(
  series: { plannedSessions: number; sessions: readonly S[] },
  now: Instant,
  timeZone?: string,
): SeriesVisitSummary<S> {
  const nowMs = toMillis(now);
  const completed = series.sessions.filter((session) => session.status === 'completed');
  const lastSession = latestBy(completed.filter((session) => toMillis(session.start) <= nowMs));
  const scheduled = series.sessions.filter((session) => session.status === 'scheduled');
  const nextSession = earliestBy(scheduled.filter((session) => endMs(session) > nowMs));
  const unrecordedSession = earliestBy(scheduled.filter((session) => endMs(session) <= nowMs));
  let daysSinceLast: number | null = null;
  if (lastSession) {
    daysSinceLast = timeZone
      ? calendarDaysBetween(clinicDate(lastSession.start, timeZone), clinicDate(nowMs, timeZone))
      : Math.floor((nowMs - toMillis(lastSession.start)) / DAY_MS);
  }
  return {
    completed: completed.length,
    planned: series.plannedSessions,
    nextSession,
    lastSession,
    unrecordedSession,
    daysSinceLast,
  };
}
