import { z } from 'zod';
import { contactMethods, preferredTimes } from '@/features/contact-requests/intake-vocabulary';
import { screeningFlags } from '@/features/patients/schemas';
import { treatedAreas } from '@/features/treatment-series/schemas';
import {
  csvEnum,
  idSchema,
  isoDateTimeSchema,
  noteSchema,
  pageQuerySchema,
  reasonSchema,
  versionSchema,
} from '@/lib/schema-fields';

export const followUpReasons = [
  'request_callback',
  'post_treatment_72h',
  'book_next_session',
  'series_complete_check_in',
  'other',
] as const;
/** `no_answer`: tried and not reached, still in the queue (open like `due`). */
export const followUpStatuses = ['due', 'done', 'no_answer', 'cancelled'] as const;
export const openFollowUpStatuses = ['due', 'no_answer'] as const;
export const followUpBuckets = ['overdue', 'today', 'upcoming', 'done_recently'] as const;
export const attemptOutcomes = ['no_answer', 'voicemail', 'done', 'postponed', 'cancelled'] as const;
export const concernKinds = ['pain', 'swelling', 'redness', 'skin_changes', 'other'] as const;

export const followUpReasonLabels: Record<FollowUpReason, string> = {
  request_callback: 'Request callback',
  post_treatment_72h: '72-hour post-treatment check',
  book_next_session: 'Book next visit',
  series_complete_check_in: 'Series complete check-in',
  other: 'Other',
};
export const attemptOutcomeLabels: Record<AttemptOutcome, string> = {
  no_answer: 'No answer',
  voicemail: 'Voicemail',
  done: 'Done',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};
export const concernLabels: Record<ConcernKind, string> = {
  pain: 'Pain',
  swelling: 'Swelling',
  redness: 'Redness',
  skin_changes: 'Skin changes',
  other: 'Other',
};

export const followUpSubjectSchema = z.object({
  kind: z.enum(['request', 'series', 'session']),
  id: idSchema,
});

export const callAttemptSchema = z.object({
  at: isoDateTimeSchema,
  byId: idSchema,
  outcome: z.enum(attemptOutcomes),
  note: z.string(),
});

const yesNo = z.enum(['yes', 'no']).nullable();

/** What the script of each reason asks, answered in a structured way. */
export const callAnswersSchema = z.discriminatedUnion('reason', [
  z.object({
    reason: z.literal('post_treatment_72h'),
    walked: yesNo,
    stockings: yesNo,
    noFlying: yesNo,
    avoidedHeatAndExercise: yesNo,
    concerns: z.array(z.enum(concernKinds)),
    concernNote: noteSchema,
    /** The review item the concern raised (set by the server). */
    reviewId: idSchema.nullable(),
  }),
  z.object({
    reason: z.literal('book_next_session'),
    bookedSessionStart: isoDateTimeSchema.nullable(),
  }),
  z.object({
    reason: z.literal('series_complete_check_in'),
    satisfied: yesNo,
    moreVeins: yesNo,
    offerAnotherSeries: z.boolean(),
  }),
  z.object({ reason: z.literal('request_callback') }),
  z.object({ reason: z.literal('other') }),
]);

export const followUpCallSchema = z.object({
  id: idSchema,
  patientId: idSchema.nullable(),
  patientName: z.string(),
  subject: followUpSubjectSchema,
  reason: z.enum(followUpReasons),
  dueAt: isoDateTimeSchema,
  status: z.enum(followUpStatuses),
  note: z.string(),
  outcomeNote: z.string(),
  doneById: idSchema.nullable(),
  doneAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
  attempts: z.array(callAttemptSchema),
  assigneeId: idSchema.nullable(),
  answers: callAnswersSchema.nullable(),
  cancelReason: z.string().nullable(),
  version: versionSchema,
});

/** What a call is about, resolved by the server for the queue's links ("visit 2 of 3"). */
export const followUpAboutSchema = z.object({
  requestId: idSchema.nullable(),
  seriesId: idSchema.nullable(),
  sessionId: idSchema.nullable(),
  visitNumber: z.number().int().nullable(),
  plannedSessions: z.number().int().nullable(),
  clinicianId: idSchema.nullable(),
});

export const followUpRowSchema = followUpCallSchema.extend({ about: followUpAboutSchema });

/** Everything needed to make the call without opening another screen. */
export const followUpDetailSchema = followUpRowSchema.extend({
  contact: z.object({
    phone: z.string(),
    email: z.string(),
    preferredContactMethod: z.enum(contactMethods).nullable(),
    preferredTimes: z.array(z.enum(preferredTimes)),
    screeningFlags: z.array(z.enum(screeningFlags)),
  }),
  series: z
    .object({
      completedVisits: z.number().int(),
      plannedSessions: z.number().int(),
      spacingDays: z.number().int(),
      daysSinceLastVisit: z.number().int().nullable(),
      nextVisitStart: isoDateTimeSchema.nullable(),
      lastVisit: z
        .object({
          number: z.number().int(),
          start: isoDateTimeSchema,
          treatedAreas: z.array(z.enum(treatedAreas)),
          /** null when the reader's role may not see clinical notes. */
          notes: z.string().nullable(),
        })
        .nullable(),
    })
    .nullable(),
  /** What the signed-in person may do with this call (the server enforces the same). */
  canWork: z.boolean(),
});

export const followUpListQuerySchema = pageQuerySchema.extend({
  status: csvEnum(followUpStatuses).optional(),
  reason: csvEnum(followUpReasons).optional(),
  dueBefore: isoDateTimeSchema.optional(),
  subjectId: idSchema.optional(),
  patientId: idSchema.optional(),
  /** Computed in clinic time from the server's clock. */
  bucket: z.enum(followUpBuckets).optional(),
  /** 'me', 'unassigned' or a staff id. */
  assignee: z.string().optional(),
});
export const followUpCountsQuerySchema = followUpListQuerySchema.pick({ reason: true, assignee: true });
export const followUpCountsSchema = z.object({
  overdue: z.number().int(),
  today: z.number().int(),
  upcoming: z.number().int(),
  doneRecently: z.number().int(),
});

const versioned = z.object({ version: versionSchema });

export const recordFollowUpInputSchema = z.discriminatedUnion('outcome', [
  versioned.extend({ outcome: z.literal('done'), note: noteSchema, answers: callAnswersSchema.nullable() }),
  versioned.extend({ outcome: z.enum(['no_answer', 'voicemail']), note: noteSchema }),
  versioned.extend({ outcome: z.literal('postponed'), note: noteSchema, dueAt: isoDateTimeSchema }),
  versioned.extend({ outcome: z.literal('cancelled'), reason: reasonSchema }),
]);

export const assignFollowUpInputSchema = versioned.extend({ assigneeId: idSchema.nullable() });

export const createCallbackInputSchema = z.object({
  idempotencyKey: z.string().min(8),
  requestId: idSchema,
  dueAt: isoDateTimeSchema,
  note: noteSchema,
});

export const reviewItemSchema = z.object({
  id: idSchema,
  patientId: idSchema,
  patientName: z.string(),
  clinicianId: idSchema,
  sessionId: idSchema.nullable(),
  seriesId: idSchema.nullable(),
  followUpCallId: idSchema,
  concerns: z.array(z.enum(concernKinds)),
  note: z.string(),
  raisedAt: isoDateTimeSchema,
  raisedById: idSchema,
  status: z.enum(['open', 'resolved']),
  resolvedAt: isoDateTimeSchema.nullable(),
  resolvedById: idSchema.nullable(),
  resolutionNote: z.string(),
  version: versionSchema,
});
export const reviewListQuerySchema = pageQuerySchema.extend({
  clinicianId: idSchema.optional(),
  status: z.enum(['open', 'resolved']).optional(),
  sessionId: idSchema.optional(),
  seriesId: idSchema.optional(),
});
export const resolveReviewInputSchema = versioned.extend({ note: noteSchema });

export type FollowUpCall = z.infer<typeof followUpCallSchema>;
export type FollowUpRow = z.infer<typeof followUpRowSchema>;
export type FollowUpDetail = z.infer<typeof followUpDetailSchema>;
export type FollowUpReason = (typeof followUpReasons)[number];
export type FollowUpStatus = (typeof followUpStatuses)[number];
export type FollowUpBucket = (typeof followUpBuckets)[number];
export type FollowUpCounts = z.infer<typeof followUpCountsSchema>;
export type FollowUpListQuery = z.input<typeof followUpListQuerySchema>;
export type AttemptOutcome = (typeof attemptOutcomes)[number];
export type ConcernKind = (typeof concernKinds)[number];
export type CallAnswers = z.infer<typeof callAnswersSchema>;
export type RecordFollowUpInput = z.infer<typeof recordFollowUpInputSchema>;
export type CreateCallbackInput = z.infer<typeof createCallbackInputSchema>;
export type ReviewItem = z.infer<typeof reviewItemSchema>;
export type ReviewListQuery = z.input<typeof reviewListQuerySchema>;
