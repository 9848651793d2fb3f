import {
  alreadyProposed,
  type CallChange,
  movedCallDueTimes,
  reconcileSeriesCalls,
} from '@/features/follow-up-calls/domain/follow-subject';
import type { FollowUpCall } from '@/features/follow-up-calls/schemas';
import { followUpReasonLabels } from '@/features/follow-up-calls/schemas';
import type { PreferredCallTime } from '@/features/treatment-series/domain/call-due-time';
import type { FollowUpProposal, OutcomeInput } from '@/features/treatment-series/domain/session-outcome';
import type { Session } from '@/features/treatment-series/schemas';
import { formatClinic } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import type { StaffMember } from '@/shared/staff/schemas';
import { buildFollowUp } from '../../data/factories';
import { clock } from '../../runtime/clock';
import { db, type StoredSeries } from '../db';
import { recordAudit } from './audit';
import { patientNameOf, sessionsOf } from './series';

type Actor = Pick<StaffMember, 'id' | 'name'>;

const dueWords = (dueAt: string) => formatClinic(dueAt, db.settings.timeZone, shortDateTimeFormat);

/** The patient's preferred contact times, from the request the series was booked from. */
export function preferredTimesOf(series: StoredSeries): readonly PreferredCallTime[] {
  return (series.requestId && db.contactRequests.get(series.requestId)?.preferredTimes) || [];
}

/** What the call rules read about a session outcome, from the database and the mock clock. */
export function outcomeInputFor(series: StoredSeries, session: Session): OutcomeInput {
  return {
    session,
    series: { plannedSessions: series.plannedSessions, sessions: sessionsOf(series.id) },
    now: clock.nowMs(),
    settings: db.settings,
    preferredTimes: preferredTimesOf(series),
  };
}

/** Every call about the series or one of its sessions. */
function callsAbout(series: StoredSeries): FollowUpCall[] {
  const sessionIds = new Set(sessionsOf(series.id).map((session) => session.id));
  return [...db.followUps.values()].filter(
    (call) =>
      (call.subject.kind === 'series' && call.subject.id === series.id) ||
      (call.subject.kind === 'session' && sessionIds.has(call.subject.id)),
  );
}

function storeProposal(actor: Actor, proposal: FollowUpProposal, series: StoredSeries, session?: Session) {
  const { about, ...fields } = proposal;
  const subject =
    about === 'session' && session ? { kind: about, id: session.id } : { kind: 'series' as const, id: series.id };
  if (alreadyProposed(proposal, subject.id, callsAbout(series))) return;
  const patientName = patientNameOf(series);
  const call = buildFollowUp({ ...fields, patientId: series.patientId, patientName, subject });
  db.followUps.set(call.id, call);
  const summary = `${patientName}: ${followUpReasonLabels[call.reason]} call due ${dueWords(call.dueAt)}`;
  recordAudit(actor, 'follow_up_call', call.id, 'create', summary);
}

function saveCall(actor: Actor, call: FollowUpCall, changes: Partial<FollowUpCall>, action: string, summary: string) {
  db.followUps.set(call.id, { ...call, ...changes, version: call.version + 1 });
  recordAudit(actor, 'follow_up_call', call.id, action, `${call.patientName}: ${summary}`);
}

function applyChange(actor: Actor, series: StoredSeries, change: CallChange): void {
  if (change.kind === 'create') {
    storeProposal(actor, change.proposal, series);
    return;
  }
  const call = db.followUps.get(change.callId);
  if (!call) return;
  if (change.kind === 'update') {
    saveCall(actor, call, { note: change.note }, 'update', `call now "${change.note}"`);
    return;
  }
  const closed = { status: change.status, outcomeNote: change.outcomeNote, doneById: actor.id, doneAt: clock.nowIso() };
  const verb = change.status === 'done' ? 'done' : 'cancel';
  saveCall(
    actor,
    call,
    closed,
    verb,
    `${followUpReasonLabels[call.reason]} call ${change.status}: ${change.outcomeNote}`,
  );
}

/** Brings the calls about a series in line with it (after any change to the series or its visits). */
export function syncSeriesCalls(actor: Actor, series: StoredSeries): void {
  const changes = reconcileSeriesCalls({
    series,
    sessions: sessionsOf(series.id),
    calls: callsAbout(series),
    now: clock.nowMs(),
    settings: db.settings,
  });
  for (const change of changes) applyChange(actor, series, change);
}

/** Stores the calls a session outcome proposed (never twice), then syncs the series' calls. */
export function createOutcomeCalls(
  actor: Actor,
  proposals: readonly FollowUpProposal[],
  series: StoredSeries,
  session: Session,
): void {
  for (const proposal of proposals) storeProposal(actor, proposal, series, session);
  syncSeriesCalls(actor, series);
}

/** A rescheduled visit takes its open calls along. */
export function moveSessionCalls(actor: Actor, series: StoredSeries, session: Session, fromStart: string): void {
  for (const moved of movedCallDueTimes(callsAbout(series), session.id, fromStart, session.start, db.settings)) {
    const call = db.followUps.get(moved.callId);
    if (call) saveCall(actor, call, { dueAt: moved.dueAt }, 'reschedule', `call moved to ${dueWords(moved.dueAt)}`);
  }
}
