import { z } from 'zod';
import { idSchema, isoDateTimeSchema, nameSchema, noteSchema, reasonSchema, versionSchema } from '@/lib/schema-fields';

export const sessionStatuses = ['scheduled', 'completed', 'no_show', 'cancelled'] as const;
export const seriesStatuses = ['active', 'completed', 'discontinued'] as const;
/** Derived from the sessions and the clock; see `domain/series-progress.ts`. */
export const seriesProgressStatuses = ['on_track', 'needs_booking', 'overdue', 'completed', 'discontinued'] as const;
export const treatedAreas = ['left_leg', 'right_leg', 'face'] as const;

export const sessionMinutesSchema = z
  .number()
  .int()
  .min(30, 'A visit lasts at least 30 minutes')
  .max(60, 'A visit lasts at most 60 minutes');
export const plannedSessionsSchema = z.number().int().min(1, 'Plan at least one visit').max(12);
export const spacingDaysSchema = z.number().int().min(1, 'Spacing is at least 1 day').max(120);

export const sessionSchema = z.object({
  id: idSchema,
  seriesId: idSchema,
  number: z.number().int().min(1),
  clinicianId: idSchema,
  start: isoDateTimeSchema,
  durationMinutes: sessionMinutesSchema,
  status: z.enum(sessionStatuses),
  treatedAreas: z.array(z.enum(treatedAreas)),
  notes: noteSchema,
  version: versionSchema,
});

export const treatmentSeriesSchema = z.object({
  id: idSchema,
  patientId: idSchema,
  patientName: nameSchema,
  clinicianId: idSchema,
  requestId: idSchema.nullable(),
  plannedSessions: plannedSessionsSchema,
  spacingDays: spacingDaysSchema,
  status: z.enum(seriesStatuses),
  progress: z.enum(seriesProgressStatuses),
  discontinuedReason: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  sessions: z.array(sessionSchema),
  version: versionSchema,
});

/** A slot taken by another session; named in conflict errors. */
export const clashSchema = z.object({
  sessionId: idSchema,
  start: isoDateTimeSchema,
  end: isoDateTimeSchema,
  patientName: z.string(),
  clinicianId: idSchema,
});

export const bookSessionInputSchema = z.object({
  start: isoDateTimeSchema,
  durationMinutes: sessionMinutesSchema,
});

export const bookSeriesInputSchema = z
  .object({
    idempotencyKey: z.string().min(8),
    clinicianId: idSchema,
    patientId: idSchema.nullable(),
    /** Creates the patient when `patientId` is null (booking from a request). */
    requestId: idSchema.nullable(),
    plannedSessions: plannedSessionsSchema,
    spacingDays: spacingDaysSchema,
    sessions: z.array(bookSessionInputSchema).min(1),
  })
  .refine((input) => input.sessions.length === input.plannedSessions, {
    message: 'Book every planned visit',
    path: ['sessions'],
  })
  .refine((input) => input.patientId !== null || input.requestId !== null, {
    message: 'Choose a patient or start from a request',
    path: ['patientId'],
  });

export const rescheduleSessionInputSchema = z.object({
  version: versionSchema,
  start: isoDateTimeSchema,
  durationMinutes: sessionMinutesSchema,
  /** Move each later scheduled session by the same amount. */
  shiftLater: z.boolean().default(false),
});

export const completeSessionInputSchema = z.object({
  version: versionSchema,
  treatedAreas: z.array(z.enum(treatedAreas)).min(1, 'Choose at least one treated area'),
  notes: noteSchema,
});

export const sessionVersionInputSchema = z.object({ version: versionSchema });
export const discontinueSeriesInputSchema = z.object({ version: versionSchema, reason: reasonSchema });
export const addSessionInputSchema = bookSessionInputSchema.extend({ version: versionSchema });

export type Session = z.infer<typeof sessionSchema>;
export type SessionStatus = Session['status'];
export type TreatmentSeries = z.infer<typeof treatmentSeriesSchema>;
export type SeriesProgress = TreatmentSeries['progress'];
export type Clash = z.infer<typeof clashSchema>;
export type BookSeriesInput = z.infer<typeof bookSeriesInputSchema>;
export type TreatedArea = (typeof treatedAreas)[number];
