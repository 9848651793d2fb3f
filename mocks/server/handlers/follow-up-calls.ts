import { followUpEndpoints } from '@/features/follow-up-calls/api/endpoints';
import { type FollowUpCall, followUpReasonLabels } from '@/features/follow-up-calls/schemas';
import { formatClinic } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import { buildFollowUp } from '../../data/factories';
import { db } from '../db';
import { recordAudit } from '../model/audit';
import { checkCallTime, recordOutcome } from '../model/follow-up-outcomes';
import { bucketOf, filterQueue, requireMayWork, sortForBucket, toDetail, toRow } from '../model/follow-up-queue';
import { validationProblem } from '../problem-error';
import { Reply, route } from '../route';
import { expectVersion, getOr404, paginate, requireRole } from '../utils';

export const followUpHandlers = [
  route(followUpEndpoints.list, ({ query, actor }) => {
    const dueBeforeMs = query.dueBefore ? Date.parse(query.dueBefore) : null;
    const rows = filterQueue(query, actor)
      .filter((call) => !query.status || query.status.includes(call.status))
      .filter((call) => dueBeforeMs === null || Date.parse(call.dueAt) < dueBeforeMs)
      .filter((call) => !query.subjectId || call.subject.id === query.subjectId)
      .filter((call) => !query.patientId || call.patientId === query.patientId)
      .filter((call) => !query.bucket || bucketOf(call) === query.bucket);
    const page = paginate(sortForBucket(rows, query.bucket), query.page, query.pageSize);
    return { ...page, items: page.items.map(toRow) };
  }),

  route(followUpEndpoints.counts, ({ query, actor }) => {
    const counts = { overdue: 0, today: 0, upcoming: 0, doneRecently: 0 };
    for (const call of filterQueue(query, actor)) {
      const bucket = bucketOf(call);
      if (bucket === 'done_recently') counts.doneRecently += 1;
      else if (bucket) counts[bucket] += 1;
    }
    return counts;
  }),

  route(followUpEndpoints.detail, ({ params, actor }) =>
    toDetail(getOr404(db.followUps, params.id, 'Follow-up call'), actor),
  ),

  route(followUpEndpoints.record, ({ body, params, actor }) => {
    const call = getOr404(db.followUps, params.id, 'Follow-up call');
    requireMayWork(actor, call);
    expectVersion(call, body.version, 'follow-up call', call);
    return recordOutcome(actor, call, body);
  }),

  route(followUpEndpoints.assign, ({ body, params, actor }) => {
    const call = getOr404(db.followUps, params.id, 'Follow-up call');
    requireMayWork(actor, call);
    expectVersion(call, body.version, 'follow-up call', call);
    const assignee = body.assigneeId ? db.staff.get(body.assigneeId) : null;
    if (body.assigneeId && !assignee?.active) {
      throw validationProblem({ assigneeId: ['Choose an active member of staff.'] });
    }
    const updated: FollowUpCall = { ...call, assigneeId: body.assigneeId, version: call.version + 1 };
    db.followUps.set(updated.id, updated);
    const to = assignee ? `assigned to ${assignee.name}` : 'unassigned';
    recordAudit(actor, 'follow_up_call', call.id, 'assign', `${call.patientName}: call ${to}`);
    return updated;
  }),

  route(followUpEndpoints.createCallback, ({ body, actor }) => {
    requireRole(actor, ['front_desk', 'admin'], 'schedule callbacks for contact requests');
    const key = `${actor.id}:${body.idempotencyKey}`;
    const createdBefore = db.idempotencyKeys.get(key);
    const earlier = createdBefore ? db.followUps.get(createdBefore) : undefined;
    if (earlier) return new Reply(earlier, 200);
    const request = getOr404(db.contactRequests, body.requestId, 'Contact request');
    checkCallTime(body.dueAt);
    const call = buildFollowUp({
      reason: 'request_callback',
      subject: { kind: 'request', id: request.id },
      dueAt: body.dueAt,
      note: body.note,
      patientId: request.patientId,
      patientName: request.name,
      assigneeId: request.assigneeId,
    });
    db.followUps.set(call.id, call);
    db.idempotencyKeys.set(key, call.id);
    const due = formatClinic(call.dueAt, db.settings.timeZone, shortDateTimeFormat);
    const what = followUpReasonLabels[call.reason];
    recordAudit(actor, 'follow_up_call', call.id, 'create', `${request.name}: ${what} call due ${due}`);
    return new Reply(call, 201);
  }),
];
