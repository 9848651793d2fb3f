import {
  addDaysKeepingLocalTime,
  HOUR_MS,
  type Instant,
  MINUTE_MS,
  startOfNextClinicDay,
  toMillis,
} from '@/lib/clinic-time';
import type { SessionStatus } from '../schemas';
import { type CallHours, callDueAt, type PreferredCallTime } from './call-due-time';

export type OutcomeFollowUpReason = 'post_treatment_72h' | 'book_next_session' | 'series_complete_check_in';

/** A call the server creates; `about` says whether its subject is the visit or the whole series. */
export type FollowUpProposal = {
  reason: OutcomeFollowUpReason;
  dueAt: string;
  note: string;
  about: 'session' | 'series';
};

export type OutcomeSession = { id: string; number: number; start: string; durationMinutes: number };

export type OutcomeSeries = {
  plannedSessions: number;
  sessions: readonly { id: string; number: number; status: SessionStatus }[];
};

/** The clinic settings the call rules read (a `ClinicSettings` fits). */
export type CallSettings = CallHours & { postTreatmentCallHours: number; seriesCompleteCheckInDays: number };

export type OutcomeInput = {
  session: OutcomeSession;
  series: OutcomeSeries;
  now: Instant;
  settings: CallSettings;
  /** The patient's preferred contact times (from their request), if known. */
  preferredTimes?: readonly PreferredCallTime[];
};

const counts = (status: SessionStatus) => status === 'completed' || status === 'scheduled';

function visitLabel(number: number, planned: number): string {
  return `visit ${number} of ${Math.max(number, planned)}`;
}

const missedWords: Partial<Record<SessionStatus, string>> = { no_show: 'missed', cancelled: 'cancelled' };

/**
 * The 'book next session' call a series needs while fewer visits are completed or booked than
 * planned, or null. It names the first planned visit with nothing booked for it ("Rebook visit 2
 * of 3 (cancelled)"), not the count after the booked ones; due at the next open day's opening.
 */
export function bookNextProposal(
  series: OutcomeSeries,
  now: Instant,
  settings: CallHours,
  preferredTimes: readonly PreferredCallTime[] = [],
): FollowUpProposal | null {
  const booked = series.sessions.filter((session) => counts(session.status));
  if (booked.length >= series.plannedSessions) return null;
  const bookedNumbers = new Set(booked.map((session) => session.number));
  let number = 1;
  while (bookedNumbers.has(number)) number += 1;
  const unbooked = series.sessions.find((session) => session.number === number);
  const why = unbooked && missedWords[unbooked.status];
  const label = visitLabel(number, series.plannedSessions);
  return {
    reason: 'book_next_session',
    dueAt: callDueAt(startOfNextClinicDay(now, settings.timeZone), settings, preferredTimes),
    note: why ? `Rebook ${label} (${why})` : `Book ${label}`,
    about: 'series',
  };
}

/** The series with the session's new status (added when the series does not list it yet). */
function withStatus(input: OutcomeInput, status: SessionStatus): OutcomeSeries {
  const { session, series } = input;
  const others = series.sessions.filter((other) => other.id !== session.id);
  return { ...series, sessions: [...others, { id: session.id, number: session.number, status }] };
}

/**
 * Calls to create when `session` is recorded as completed (SPEC rules 5 and 11): the
 * post-treatment check (the configured hours after the visit ends, then into opening hours);
 * a 'book next session' call when the plan is not fully booked; on the last planned visit the
 * series-complete check-in (the configured days after it ends), and `seriesCompleted`.
 */
export function followUpsForCompletedSession(input: OutcomeInput): {
  calls: FollowUpProposal[];
  seriesCompleted: boolean;
} {
  const { session, settings, preferredTimes = [] } = input;
  const series = withStatus(input, 'completed');
  const completed = series.sessions.filter((other) => other.status === 'completed').length;
  const seriesCompleted = completed >= series.plannedSessions;
  const endMs = toMillis(session.start) + session.durationMinutes * MINUTE_MS;
  const label = visitLabel(session.number, series.plannedSessions);
  const calls: FollowUpProposal[] = [
    {
      reason: 'post_treatment_72h',
      dueAt: callDueAt(endMs + settings.postTreatmentCallHours * HOUR_MS, settings, preferredTimes),
      note: `Post-treatment check after ${label}`,
      about: 'session',
    },
  ];
  const bookNext = bookNextProposal(series, input.now, settings, preferredTimes);
  if (bookNext) calls.push(bookNext);
  if (seriesCompleted) {
    const checkInFrom = addDaysKeepingLocalTime(endMs, settings.seriesCompleteCheckInDays, settings.timeZone);
    calls.push({
      reason: 'series_complete_check_in',
      dueAt: callDueAt(checkInFrom, settings, preferredTimes),
      note: `Check in ${settings.seriesCompleteCheckInDays} days after the last visit, when compression ends`,
      about: 'series',
    });
  }
  return { calls, seriesCompleted };
}

/** A no-show asks for a rebooking call (the series' book-next call naming the missed visit). */
export function followUpsForNoShow(input: OutcomeInput): FollowUpProposal[] {
  const proposal = bookNextProposal(withStatus(input, 'no_show'), input.now, input.settings, input.preferredTimes);
  return proposal ? [proposal] : [];
}
