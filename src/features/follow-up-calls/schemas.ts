import { z } from 'zod';
import { csvEnum, idSchema, isoDateTimeSchema, noteSchema, pageQuerySchema, versionSchema } from '@/lib/schema-fields';

export const followUpReasons = [
  'request_callback',
  'post_treatment_72h',
  'book_next_session',
  'series_complete_check_in',
  'other',
] as const;
export const followUpStatuses = ['due', 'done', 'no_answer', 'cancelled'] as const;

export const followUpReasonLabels: Record<FollowUpReason, string> = {
  request_callback: 'Request callback',
  post_treatment_72h: '72-hour post-treatment check',
  book_next_session: 'Book next visit',
  series_complete_check_in: 'Series complete check-in',
  other: 'Other',
};

export const followUpSubjectSchema = z.object({
  kind: z.enum(['request', 'series', 'session']),
  id: idSchema,
});

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
  version: versionSchema,
});

export const followUpListQuerySchema = pageQuerySchema.extend({
  status: csvEnum(followUpStatuses).optional(),
  reason: csvEnum(followUpReasons).optional(),
  dueBefore: isoDateTimeSchema.optional(),
  subjectId: idSchema.optional(),
  patientId: idSchema.optional(),
});

export const recordFollowUpInputSchema = z.object({
  version: versionSchema,
  status: z.enum(['done', 'no_answer', 'cancelled']),
  outcomeNote: noteSchema,
});

export type FollowUpCall = z.infer<typeof followUpCallSchema>;
export type FollowUpReason = (typeof followUpReasons)[number];
export type FollowUpStatus = (typeof followUpStatuses)[number];
