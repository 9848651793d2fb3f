import { suggestNextAttempt } from '@/features/contact-requests/domain/next-attempt';
import { isInsideOpeningHours } from '@/features/follow-up-calls/call-times';
import {
  type CallAnswers,
  concernLabels,
  type FollowUpCall,
  followUpReasonLabels,
  type RecordFollowUpInput,
  type ReviewItem,
} from '@/features/follow-up-calls/schemas';
import { formatClinic } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import type { StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db, nextId } from '../db';
import { invalidTransition, validationProblem } from '../problem-error';
import { recordAudit } from './audit';
import { contactOf, seriesOfCall } from './follow-up-queue';

const outcomeWords: Record<RecordFollowUpInput['outcome'], string> = {
  done: 'done',
  no_answer: 'no answer',
  voicemail: 'voicemail left',
  postponed: 'postponed',
  cancelled: 'cancelled',
};

/** The treating clinician gets a review item for a concern raised on the 72-hour call. */
function escalate(
  actor: StaffMember,
  call: FollowUpCall,
  answers: Extract<CallAnswers, { reason: 'post_treatment_72h' }>,
) {
  const series = seriesOfCall(call);
  if (!series || !call.patientId) {
    throw invalidTransition('This call is not about a visit, so there is no clinician to raise the concern with.');
  }
  const review: ReviewItem = {
    id: nextId('rev'),
    patientId: call.patientId,
    patientName: call.patientName,
    clinicianId: series.clinicianId,
    sessionId: call.subject.kind === 'session' ? call.subject.id : null,
    seriesId: series.id,
    followUpCallId: call.id,
    concerns: answers.concerns,
    note: answers.concernNote,
    raisedAt: clock.nowIso(),
    raisedById: actor.id,
    status: 'open',
    resolvedAt: null,
    resolvedById: null,
    resolutionNote: '',
    version: 1,
  };
  db.reviews.set(review.id, review);
  const clinician = db.staff.get(series.clinicianId)?.name ?? 'the clinician';
  const what = answers.concerns.map((concern) => concernLabels[concern].toLowerCase()).join(', ');
  const entity = review.sessionId ? 'session' : 'treatment_series';
  const summary = `${call.patientName}: concern raised on the 72-hour call (${what}), review for ${clinician}`;
  recordAudit(actor, entity, review.sessionId ?? series.id, 'review_requested', summary);
  return review;
}

function doneAnswers(actor: StaffMember, call: FollowUpCall, answers: CallAnswers | null): CallAnswers | null {
  if (!answers) return null;
  if (answers.reason !== call.reason) {
    throw validationProblem({ answers: ['These answers are for another kind of call.'] });
  }
  if (answers.reason !== 'post_treatment_72h' || answers.concerns.length === 0) return answers;
  return { ...answers, reviewId: escalate(actor, call, answers).id };
}

/** A call's new due time: in the future, inside opening hours on an open day (postpone, callbacks). */
export function checkCallTime(dueAt: string): void {
  const tz = db.settings.timeZone;
  if (Date.parse(dueAt) <= clock.nowMs()) {
    throw validationProblem({ dueAt: ['Choose a time in the future.'] });
  }
  if (!isInsideOpeningHours(dueAt, tz, db.settings)) {
    throw validationProblem({ dueAt: ['Choose a time inside opening hours on a day the clinic is open.'] });
  }
}

function nextAttemptAt(call: FollowUpCall): string {
  const { preferredTimes } = contactOf(call);
  const now = clock.nowMs();
  return suggestNextAttempt({
    preferredTimes,
    lastAttemptAt: now,
    now,
    tz: db.settings.timeZone,
    openingHours: db.settings.openingHours,
  });
}

/** Applies an outcome to an open call and writes the audit entry; returns the stored call. */
export function recordOutcome(actor: StaffMember, call: FollowUpCall, input: RecordFollowUpInput): FollowUpCall {
  if (call.status === 'done' || call.status === 'cancelled') {
    throw invalidTransition(`This call is already ${outcomeWords[call.status]}: nothing left to record.`);
  }
  const at = clock.nowIso();
  const note = input.outcome === 'cancelled' ? input.reason : input.note;
  const base = {
    ...call,
    attempts: [...call.attempts, { at, byId: actor.id, outcome: input.outcome, note }],
    version: call.version + 1,
  };
  let updated: FollowUpCall;
  let detail = '';
  switch (input.outcome) {
    case 'done':
      updated = {
        ...base,
        status: 'done',
        outcomeNote: input.note,
        answers: doneAnswers(actor, call, input.answers),
        doneById: actor.id,
        doneAt: at,
      };
      break;
    case 'no_answer':
    case 'voicemail':
      updated = { ...base, status: 'no_answer', dueAt: nextAttemptAt(call) };
      detail = `, next attempt ${formatClinic(updated.dueAt, db.settings.timeZone, shortDateTimeFormat)}`;
      break;
    case 'postponed':
      checkCallTime(input.dueAt);
      updated = { ...base, status: 'due', dueAt: input.dueAt };
      detail = ` to ${formatClinic(input.dueAt, db.settings.timeZone, shortDateTimeFormat)}`;
      break;
    case 'cancelled':
      updated = { ...base, status: 'cancelled', cancelReason: input.reason, doneById: actor.id, doneAt: at };
      break;
  }
  db.followUps.set(updated.id, updated);
  const what = followUpReasonLabels[call.reason].toLowerCase();
  recordAudit(
    actor,
    'follow_up_call',
    call.id,
    input.outcome,
    `${call.patientName}: ${what} call ${outcomeWords[input.outcome]}${detail}`,
  );
  return updated;
}
