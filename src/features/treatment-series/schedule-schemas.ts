import { z } from 'zod';
import { screeningFlags } from '@/features/patients/schemas';
import { sessionSchema } from '@/features/treatment-series/schemas';
import { idSchema, isoDateTimeSchema } from '@/lib/schema-fields';

/** A session as the calendar shows it: enough to draw and to check clashes. */
export const scheduleEntrySchema = sessionSchema
  .pick({ id: true, seriesId: true, number: true, clinicianId: true, start: true, durationMinutes: true, status: true })
  .extend({
    patientId: idSchema,
    patientName: z.string(),
    /** For the day sheet the front desk calls from. */
    patientPhone: z.string(),
    /** The patient's screening flags: a clinician reviews them before treating. */
    screeningFlags: z.array(z.enum(screeningFlags)),
    plannedSessions: z.number().int(),
  });

export const scheduleQuerySchema = z.object({
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
  clinicianId: idSchema.optional(),
});

export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;
