import { z } from 'zod';
import {
  csvEnum,
  idSchema,
  isoDateTimeSchema,
  noteSchema,
  pageQuerySchema,
  reasonSchema,
  versionSchema,
} from '@/lib/schema-fields';
import { bodyAreas, concerns, contactMethods, preferredTimes } from './intake-vocabulary';

export const requestStatuses = ['new', 'contacting', 'booked', 'not_candidate', 'closed'] as const;
export const openRequestStatuses = ['new', 'contacting'] as const;
export const closeReasons = ['unreachable', 'declined', 'duplicate'] as const;
export const attemptChannels = ['phone', 'email', 'text'] as const;
export const attemptOutcomes = ['reached', 'voicemail', 'no_answer', 'wrong_number', 'emailed'] as const;
export const failedAttemptOutcomes = ['voicemail', 'no_answer', 'wrong_number'] as const;

export const statusLabels: Record<RequestStatus, string> = {
  new: 'New',
  contacting: 'Contacting',
  booked: 'Booked',
  not_candidate: 'Not a candidate',
  closed: 'Closed',
};
export const closeReasonLabels: Record<CloseReason, string> = {
  unreachable: 'Unreachable',
  declined: 'Declined',
  duplicate: 'Duplicate',
};
export const outcomeLabels: Record<AttemptOutcome, string> = {
  reached: 'Reached',
  voicemail: 'Voicemail',
  no_answer: 'No answer',
  wrong_number: 'Wrong number',
  emailed: 'Emailed',
};

export const contactAttemptSchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  staffId: idSchema,
  staffName: z.string(),
  channel: z.enum(attemptChannels),
  outcome: z.enum(attemptOutcomes),
  note: noteSchema,
});

export const duplicateMatchSchema = z.object({
  kind: z.enum(['patient', 'request']),
  id: idSchema,
  name: z.string(),
  matchedOn: z.enum(['phone', 'email']),
});

const requestCoreSchema = z.object({
  id: idSchema,
  receivedAt: isoDateTimeSchema,
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  preferredContactMethod: z.enum(contactMethods),
  preferredTimes: z.array(z.enum(preferredTimes)),
  concern: z.enum(concerns),
  areas: z.array(z.enum(bodyAreas)),
  message: z.string(),
  status: z.enum(requestStatuses),
  closeReason: z.enum(closeReasons).nullable(),
  statusReason: z.string().nullable(),
  assigneeId: idSchema.nullable(),
  firstContactAt: isoDateTimeSchema.nullable(),
  patientId: idSchema.nullable(),
  duplicateOf: duplicateMatchSchema.nullable(),
  updatedAt: isoDateTimeSchema,
  version: versionSchema,
});

export const contactRequestSummarySchema = requestCoreSchema.extend({
  attemptCount: z.number().int().nonnegative(),
  lastAttemptAt: isoDateTimeSchema.nullable(),
});
export const contactRequestSchema = contactRequestSummarySchema.extend({
  attempts: z.array(contactAttemptSchema),
});

export const requestSorts = ['waiting', 'receivedAt', 'name', 'status'] as const;

/** The inbox's filters, sort and page: sent in a request body, as the search text is a patient's name, phone or email. */
export const requestSearchSchema = pageQuerySchema.extend({
  status: csvEnum(requestStatuses).optional(),
  concern: csvEnum(concerns).optional(),
  /** A staff id, 'me' or 'unassigned'. */
  assignee: z.string().optional(),
  late: z.enum(['true', 'false']).optional(),
  /** The requests that became (or were merged into) this patient. */
  patientId: idSchema.optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(requestSorts).default('waiting'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

const versioned = z.object({ version: versionSchema });

export const logAttemptInputSchema = versioned.extend({
  channel: z.enum(attemptChannels),
  outcome: z.enum(attemptOutcomes),
  note: noteSchema,
});

/** Why a request is closed: the drawer's form, the inbox's bulk close and the API share it. */
export const closeInputSchema = z.object({
  closeReason: z.enum(closeReasons, 'Choose why the request is closed'),
  reason: reasonSchema,
});
export const notCandidateInputSchema = z.object({ reason: reasonSchema });

export const requestActionInputSchema = z.discriminatedUnion('action', [
  versioned.extend({ action: z.literal('assign'), assigneeId: idSchema.nullable() }),
  versioned.extend({ action: z.literal('start_contacting') }),
  versioned.extend({ action: z.literal('not_candidate'), ...notCandidateInputSchema.shape }),
  versioned.extend({ action: z.literal('close'), ...closeInputSchema.shape }),
  versioned.extend({ action: z.literal('reopen') }),
  /** Clears the possible-duplicate flag: staff checked and it is someone else. */
  versioned.extend({ action: z.literal('not_duplicate') }),
]);

export const bulkRequestActionInputSchema = z.object({
  ids: z.array(idSchema).min(1).max(200),
  action: z.discriminatedUnion('action', [
    z.object({ action: z.literal('assign'), assigneeId: idSchema.nullable() }),
    closeInputSchema.extend({ action: z.literal('close') }),
  ]),
});
export const bulkResultSchema = z.object({ updated: z.number().int(), skipped: z.array(idSchema) });

export const openRequestCountSchema = z.object({
  new: z.number().int(),
  open: z.number().int(),
  late: z.number().int(),
});

export type RequestStatus = (typeof requestStatuses)[number];
export type CloseReason = (typeof closeReasons)[number];
export type AttemptOutcome = (typeof attemptOutcomes)[number];
export type ContactAttempt = z.infer<typeof contactAttemptSchema>;
export type ContactRequestSummary = z.infer<typeof contactRequestSummarySchema>;
export type ContactRequest = z.infer<typeof contactRequestSchema>;
export type RequestSearch = z.input<typeof requestSearchSchema>;
export type RequestAction = z.infer<typeof requestActionInputSchema>;
export type BulkRequestAction = z.infer<typeof bulkRequestActionInputSchema>;
