import { HOUR_MS, type Instant, MINUTE_MS, nextBusinessDayOpening, toIso, toMillis } from '@/lib/clinic-time';
import type { WeeklyHours } from '@/lib/schema-fields';
import type { SessionStatus } from '../schemas';

export type OutcomeFollowUpReason = 'post_treatment_72h' | 'book_next_session' | 'series_complete_check_in';

export type FollowUpProposal = { reason: OutcomeFollowUpReason; dueAt: string; note: string };

export type OutcomeSession = { id: string; number: number; start: string; durationMinutes: number };

export type OutcomeSeries = {
  plannedSessions: number;
  sessions: readonly { id: string; status: SessionStatus }[];
};

export type OutcomeInput = {
  session: OutcomeSession;
  series: OutcomeSeries;
  now: Instant;
  tz: string;
  openingHours: WeeklyHours;
};

const POST_TREATMENT_CHECK_HOURS = 72;

function visitLabel(number: number, planned: number): string {
  return `visit ${number} of ${Math.max(number, planned)}`;
}

/**
 * Calls to create when `session` is recorded as completed: always the 72-hour check (72 hours
 * after the session ends); a 'book next session' call (next business day at opening) when
 * fewer than the planned sessions are completed or scheduled. `seriesCompleted` is true when
 * this completes the last planned session.
 */
export function followUpsForCompletedSession(input: OutcomeInput): {
  calls: FollowUpProposal[];
  seriesCompleted: boolean;
} {
  const { session, series } = input;
  const statuses = series.sessions.map((other) => (other.id === session.id ? 'completed' : other.status));
  if (!series.sessions.some((other) => other.id === session.id)) statuses.push('completed');
  const completed = statuses.filter((status) => status === 'completed').length;
  const booked = statuses.filter((status) => status === 'completed' || status === 'scheduled').length;

  const sessionEndMs = toMillis(session.start) + session.durationMinutes * MINUTE_MS;
  const calls: FollowUpProposal[] = [
    {
      reason: 'post_treatment_72h',
      dueAt: toIso(sessionEndMs + POST_TREATMENT_CHECK_HOURS * HOUR_MS),
      note: `72-hour post-treatment check after ${visitLabel(session.number, series.plannedSessions)}`,
    },
  ];
  if (booked < series.plannedSessions) {
    calls.push({
      reason: 'book_next_session',
      dueAt: nextBusinessDayOpening(input.now, input.openingHours, input.tz),
      note: `Book ${visitLabel(booked + 1, series.plannedSessions)}`,
    });
  }
  return { calls, seriesCompleted: completed >= series.plannedSessions };
}

/** A no-show creates one rebooking call, due the next business day at opening time. */
export function followUpsForNoShow(input: OutcomeInput): FollowUpProposal[] {
  const { session, series } = input;
  return [
    {
      reason: 'book_next_session',
      dueAt: nextBusinessDayOpening(input.now, input.openingHours, input.tz),
      note: `Missed ${visitLabel(session.number, series.plannedSessions)}: rebook`,
    },
  ];
}
