import { type CallHours, callDueAt } from '@/features/treatment-series/domain/call-due-time';
import { bookNextProposal, type FollowUpProposal } from '@/features/treatment-series/domain/session-outcome';
import type { Session, TreatmentSeries } from '@/features/treatment-series/schemas';
import { type Instant, toMillis } from '@/lib/clinic-time';
import type { FollowUpCall, FollowUpStatus } from '../schemas';

export type KnownCall = Pick<FollowUpCall, 'id' | 'reason' | 'subject' | 'note' | 'dueAt' | 'status'>;

/** What the server does to the calls about a series after something changed in it. */
export type CallChange =
  | { kind: 'create'; proposal: FollowUpProposal }
  | { kind: 'update'; callId: string; note: string }
  | { kind: 'close'; callId: string; status: 'done' | 'cancelled'; outcomeNote: string };

const openStatuses: readonly FollowUpStatus[] = ['due', 'no_answer'];
export const isOpenCall = (call: Pick<FollowUpCall, 'status'>) => openStatuses.includes(call.status);

export type SeriesCallsInput = {
  series: Pick<TreatmentSeries, 'id' | 'status' | 'plannedSessions' | 'discontinuedReason'>;
  sessions: readonly Pick<Session, 'id' | 'number' | 'status'>[];
  /** Every call about the series or one of its sessions. */
  calls: readonly KnownCall[];
  now: Instant;
  settings: CallHours;
};

/**
 * Calls follow their subject (SPEC rule 11): a discontinued series cancels its open calls with
 * the reason; a cancelled visit cancels the calls about it; the series' book-next call exists
 * exactly while the plan is short, names the visit still to book, and is done once it is booked.
 */
export function reconcileSeriesCalls(input: SeriesCallsInput): CallChange[] {
  const { series, sessions } = input;
  const open = input.calls.filter(isOpenCall);
  if (series.status === 'discontinued') {
    const outcomeNote = `Series discontinued: ${series.discontinuedReason ?? 'no reason given'}`;
    return open.map((call) => ({ kind: 'close', callId: call.id, status: 'cancelled', outcomeNote }));
  }
  const changes: CallChange[] = [];
  for (const call of open) {
    const session = call.subject.kind === 'session' ? sessions.find((s) => s.id === call.subject.id) : undefined;
    if (session?.status === 'cancelled') {
      changes.push({
        kind: 'close',
        callId: call.id,
        status: 'cancelled',
        outcomeNote: `Visit ${session.number} was cancelled`,
      });
    }
  }
  const bookNextCalls = open.filter((call) => call.reason === 'book_next_session' && call.subject.kind === 'series');
  const needed =
    series.status === 'active'
      ? bookNextProposal({ plannedSessions: series.plannedSessions, sessions }, input.now, input.settings)
      : null;
  if (!needed) {
    for (const call of bookNextCalls) {
      changes.push({ kind: 'close', callId: call.id, status: 'done', outcomeNote: 'Every planned visit is booked' });
    }
    return changes;
  }
  const [current] = bookNextCalls;
  if (!current) changes.push({ kind: 'create', proposal: needed });
  else if (current.note !== needed.note) changes.push({ kind: 'update', callId: current.id, note: needed.note });
  return changes;
}

/**
 * Idempotency: a proposal is already there when a call with the same reason and subject is open
 * (or, for the once-per-visit and once-per-series calls, exists at all and was not cancelled).
 */
export function alreadyProposed(
  proposal: Pick<FollowUpProposal, 'reason'>,
  subjectId: string,
  calls: readonly KnownCall[],
): boolean {
  return calls.some((call) => {
    if (call.reason !== proposal.reason || call.subject.id !== subjectId) return false;
    return proposal.reason === 'book_next_session' ? isOpenCall(call) : call.status !== 'cancelled';
  });
}

/** A rescheduled visit moves its open calls by as much as it moved, back into opening hours. */
export function movedCallDueTimes(
  calls: readonly KnownCall[],
  sessionId: string,
  from: Instant,
  to: Instant,
  hours: CallHours,
): { callId: string; dueAt: string }[] {
  const shiftMs = toMillis(to) - toMillis(from);
  if (shiftMs === 0) return [];
  return calls
    .filter((call) => isOpenCall(call) && call.subject.kind === 'session' && call.subject.id === sessionId)
    .map((call) => ({ callId: call.id, dueAt: callDueAt(toMillis(call.dueAt) + shiftMs, hours) }));
}
