import type { FollowUpCall } from '@/features/follow-up-calls/schemas';
import {
  type FollowUpProposal,
  followUpsForCompletedSession,
  followUpsForNoShow,
} from '@/features/treatment-series/domain/session-outcome';
import type { Session } from '@/features/treatment-series/schemas';
import { db, type StoredSeries } from '../../server/db';
import { recordAudit } from '../../server/model/audit';
import { preferredTimesOf } from '../../server/model/follow-ups';
import { patientNameOf } from '../../server/model/series';
import { buildFollowUp } from '../factories';
import { DAY_MS, HOUR_MS, MINUTE_MS, type SeedContext } from './seed-context';

const doneNotes = [
  'Doing well, mild bruising only',
  'Left a message, patient called back',
  'Booked, confirmed by text',
  '',
];

/** Calls due more than a day ago are mostly done; the rest are still due (some overdue). */
function callState(ctx: SeedContext, dueAt: string, keepOpen: boolean): Partial<FollowUpCall> {
  const dueMs = Date.parse(dueAt);
  if (keepOpen || dueMs > ctx.nowMs - DAY_MS || ctx.random.chance(0.2)) return { status: 'due' };
  const doneAtMs = Math.min(dueMs + ctx.random.int(0, 6 * 60) * MINUTE_MS, ctx.nowMs - HOUR_MS);
  return {
    status: ctx.random.chance(0.85) ? 'done' : 'no_answer',
    doneById: ctx.random.pick(ctx.frontDesk).id,
    doneAt: ctx.iso(doneAtMs),
    outcomeNote: ctx.random.pick(doneNotes),
    version: 2,
  };
}

function storeCall(call: FollowUpCall): void {
  db.followUps.set(call.id, call);
  const doer = call.doneById ? db.staff.get(call.doneById) : undefined;
  if (doer && call.doneAt) {
    recordAudit(
      doer,
      'follow_up_call',
      call.id,
      'record_outcome',
      `${call.patientName}: call ${call.status.replace('_', ' ')}`,
      call.doneAt,
    );
  }
}

function storeProposals(
  ctx: SeedContext,
  series: StoredSeries,
  session: Session,
  proposals: FollowUpProposal[],
  keepOpen: boolean,
) {
  const createdAt = ctx.iso(Date.parse(session.start) + session.durationMinutes * MINUTE_MS);
  for (const proposal of proposals) {
    const { about, ...fields } = proposal;
    const subject = about === 'session' ? { kind: about, id: session.id } : { kind: about, id: series.id };
    const open = keepOpen && proposal.reason === 'book_next_session';
    storeCall(
      buildFollowUp({
        ...fields,
        patientId: series.patientId,
        patientName: patientNameOf(series),
        subject,
        createdAt,
        ...callState(ctx, proposal.dueAt, open),
      }),
    );
  }
}

/** The calls the domain creates for each recorded outcome, in the state a working clinic leaves them. */
export function seedOutcomeCalls(
  ctx: SeedContext,
  series: StoredSeries,
  sessions: Session[],
  bookingStillOpen: boolean,
): void {
  const preferredTimes = preferredTimesOf(series);
  for (const session of sessions) {
    const endMs = Date.parse(session.start) + session.durationMinutes * MINUTE_MS;
    // The series as it stood then: the later visits were still booked.
    const then = sessions.map((other) =>
      other.number > session.number ? { ...other, status: 'scheduled' as const } : other,
    );
    const outcomeSeries = { plannedSessions: series.plannedSessions, sessions: then };
    const input = { session, series: outcomeSeries, now: endMs, settings: db.settings, preferredTimes };
    if (session.status === 'completed') {
      storeProposals(ctx, series, session, followUpsForCompletedSession(input).calls, bookingStillOpen);
    }
    if (session.status === 'no_show') storeProposals(ctx, series, session, followUpsForNoShow(input), false);
  }
}

/** "Please call me back" calls for some requests still being contacted. */
export function seedRequestCallbacks(ctx: SeedContext): void {
  const contacting = [...db.contactRequests.values()].filter((request) => request.status === 'contacting');
  for (const request of ctx.random.sample(contacting, 6)) {
    const dueAt = ctx.iso(ctx.nowMs + ctx.random.int(-2 * 24, 2 * 24) * HOUR_MS);
    const note = 'Asked to be called back about times and prices';
    storeCall(
      buildFollowUp({
        reason: 'request_callback',
        dueAt,
        note,
        subject: { kind: 'request', id: request.id },
        patientName: request.name,
        createdAt: request.lastAttemptAt ?? request.receivedAt,
      }),
    );
  }
}
