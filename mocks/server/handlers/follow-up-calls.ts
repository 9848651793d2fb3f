import { followUpEndpoints } from '@/features/follow-up-calls/api/endpoints';
import { type FollowUpCall, followUpReasonLabels } from '@/features/follow-up-calls/schemas';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { recordAudit } from '../model/audit';
import { invalidTransition } from '../problem-error';
import { route } from '../route';
import { expectVersion, getOr404, paginate } from '../utils';

const outcomeWords: Record<'done' | 'no_answer' | 'cancelled', string> = {
  done: 'done',
  no_answer: 'no answer',
  cancelled: 'cancelled',
};

export const followUpHandlers = [
  route(followUpEndpoints.list, ({ query }) => {
    const dueBeforeMs = query.dueBefore ? Date.parse(query.dueBefore) : null;
    const rows = [...db.followUps.values()]
      .filter((call) => !query.status || query.status.includes(call.status))
      .filter((call) => !query.reason || query.reason.includes(call.reason))
      .filter((call) => dueBeforeMs === null || Date.parse(call.dueAt) < dueBeforeMs)
      .filter((call) => !query.subjectId || call.subject.id === query.subjectId)
      .filter((call) => !query.patientId || call.patientId === query.patientId)
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.id.localeCompare(b.id));
    return paginate(rows, query.page, query.pageSize);
  }),

  route(followUpEndpoints.record, ({ body, params, actor }) => {
    const call = getOr404(db.followUps, params.id, 'Follow-up call');
    expectVersion(call, body.version, 'follow-up call', call);
    if (call.status === 'done' || call.status === 'cancelled') {
      throw invalidTransition(`This call is already ${outcomeWords[call.status]}: nothing left to record.`);
    }
    const updated: FollowUpCall = {
      ...call,
      status: body.status,
      outcomeNote: body.outcomeNote,
      doneById: actor.id,
      doneAt: clock.nowIso(),
      version: call.version + 1,
    };
    db.followUps.set(updated.id, updated);
    const what = followUpReasonLabels[call.reason].toLowerCase();
    recordAudit(
      actor,
      'follow_up_call',
      call.id,
      'record_outcome',
      `${call.patientName}: ${what} call ${outcomeWords[body.status]}`,
    );
    return updated;
  }),
];
