import { callBucket } from '@/features/follow-up-calls/call-times';
import type {
  FollowUpBucket,
  FollowUpCall,
  FollowUpDetail,
  FollowUpReason,
  FollowUpRow,
} from '@/features/follow-up-calls/schemas';
import { seriesVisitSummary } from '@/features/treatment-series/domain/series-progress';
import type { StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db, type StoredSeries } from '../db';
import { forbidden } from '../problem-error';
import { sessionsOf } from './series';

/** The series a call is about: its own, or the series of the visit it is about. */
export function seriesOfCall(call: FollowUpCall): StoredSeries | undefined {
  if (call.subject.kind === 'series') return db.series.get(call.subject.id);
  if (call.subject.kind === 'session') {
    const session = db.sessions.get(call.subject.id);
    return session ? db.series.get(session.seriesId) : undefined;
  }
  return undefined;
}

export function aboutOf(call: FollowUpCall): FollowUpRow['about'] {
  const series = seriesOfCall(call);
  const session = call.subject.kind === 'session' ? db.sessions.get(call.subject.id) : undefined;
  return {
    requestId: call.subject.kind === 'request' ? call.subject.id : (series?.requestId ?? null),
    seriesId: series?.id ?? null,
    sessionId: session?.id ?? null,
    visitNumber: session?.number ?? null,
    plannedSessions: series?.plannedSessions ?? null,
    clinicianId: series?.clinicianId ?? null,
  };
}

export const toRow = (call: FollowUpCall): FollowUpRow => ({ ...call, about: aboutOf(call) });

/** The role matrix of `followUpEndpoints`: front desk and admin any call, a clinician their own patients'. */
export function mayWork(actor: StaffMember, call: FollowUpCall): boolean {
  if (actor.role !== 'clinician') return true;
  const { patientId } = call;
  if (!patientId) return false;
  return [...db.series.values()].some((series) => series.patientId === patientId && series.clinicianId === actor.id);
}

export function requireMayWork(actor: StaffMember, call: FollowUpCall): void {
  if (!mayWork(actor, call)) {
    throw forbidden('Clinicians work the follow-up calls of their own patients only; ask the front desk.');
  }
}

export type QueueFilters = { reason?: FollowUpReason[]; assignee?: string };

function matchesAssignee(call: FollowUpCall, assignee: string | undefined, actor: StaffMember): boolean {
  if (!assignee) return true;
  if (assignee === 'unassigned') return call.assigneeId === null;
  return call.assigneeId === (assignee === 'me' ? actor.id : assignee);
}

export function filterQueue(filters: QueueFilters, actor: StaffMember): FollowUpCall[] {
  return [...db.followUps.values()].filter(
    (call) =>
      (!filters.reason || filters.reason.includes(call.reason)) && matchesAssignee(call, filters.assignee, actor),
  );
}

export const bucketOf = (call: FollowUpCall): FollowUpBucket | null =>
  callBucket(call, clock.nowMs(), db.settings.timeZone);

/** Open buckets soonest due first; done recently the latest closed first. */
export function sortForBucket(rows: FollowUpCall[], bucket: FollowUpBucket | undefined): FollowUpCall[] {
  if (bucket === 'done_recently') {
    return rows.sort((a, b) => Date.parse(b.doneAt ?? '') - Date.parse(a.doneAt ?? '') || a.id.localeCompare(b.id));
  }
  return rows.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.id.localeCompare(b.id));
}

export function contactOf(call: FollowUpCall, series = seriesOfCall(call)): FollowUpDetail['contact'] {
  const patient = call.patientId ? db.patients.get(call.patientId) : undefined;
  const requestId = call.subject.kind === 'request' ? call.subject.id : series?.requestId;
  const request =
    (requestId ? db.contactRequests.get(requestId) : undefined) ??
    [...db.contactRequests.values()].find((candidate) => patient && candidate.patientId === patient.id);
  return {
    phone: patient?.phone ?? request?.phone ?? '',
    email: patient?.email ?? request?.email ?? '',
    preferredContactMethod: request?.preferredContactMethod ?? null,
    preferredTimes: request?.preferredTimes ?? [],
    screeningFlags: patient?.screeningFlags ?? [],
  };
}

function seriesSummaryOf(series: StoredSeries | undefined, actor: StaffMember): FollowUpDetail['series'] {
  if (!series) return null;
  const sessions = sessionsOf(series.id);
  const summary = seriesVisitSummary(
    { plannedSessions: series.plannedSessions, sessions },
    clock.nowMs(),
    db.settings.timeZone,
  );
  const last = summary.lastSession;
  const seesNotes = actor.role !== 'front_desk';
  return {
    completedVisits: summary.completed,
    plannedSessions: series.plannedSessions,
    spacingDays: series.spacingDays,
    daysSinceLastVisit: summary.daysSinceLast,
    nextVisitStart: summary.nextSession?.start ?? null,
    lastVisit: last
      ? {
          number: last.number,
          start: last.start,
          treatedAreas: last.treatedAreas,
          notes: seesNotes ? last.notes : null,
        }
      : null,
  };
}

export function toDetail(call: FollowUpCall, actor: StaffMember): FollowUpDetail {
  const series = seriesOfCall(call);
  return {
    ...toRow(call),
    contact: contactOf(call, series),
    series: seriesSummaryOf(series, actor),
    canWork: mayWork(actor, call),
  };
}
