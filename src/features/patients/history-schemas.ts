import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '@/lib/schema-fields';

/** What a history entry is about: the patient, or one of their requests, series, visits or calls. */
export const historySubjects = ['patient', 'request', 'series', 'visit', 'call'] as const;
export const historySubjectLabels: Record<HistorySubject, string> = {
  patient: 'Patient record',
  request: 'Request',
  series: 'Series',
  visit: 'Visit',
  call: 'Call',
};

/** One audit entry about the patient's record, as their page shows it (newest first). */
export const patientHistoryEntrySchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actorName: z.string(),
  about: z.enum(historySubjects),
  action: z.string(),
  summary: z.string(),
});

export type HistorySubject = (typeof historySubjects)[number];
export type PatientHistoryEntry = z.infer<typeof patientHistoryEntrySchema>;
