import { z } from 'zod';
import { auditEntrySchema } from '@/features/audit/schemas';
import { contactRequestSchema, contactRequestSummarySchema } from '@/features/contact-requests/schemas';
import { followUpCallSchema } from '@/features/follow-up-calls/schemas';
import { patientSchema } from '@/features/patients/schemas';
import { scheduleEntrySchema } from '@/features/treatment-series/schedule-schemas';
import { sessionSchema, treatmentSeriesSchema } from '@/features/treatment-series/schemas';
import { clinicSettingsSchema } from '@/shared/settings/schemas';
import { staffMemberSchema } from '@/shared/staff/schemas';

/**
 * The entities answered by several endpoints, named once under `components.schemas` of the
 * document; every other schema is written inline where it is used.
 */
export const namedSchemas = z.registry<{ id: string }>();
const names: [z.ZodType, string][] = [
  [auditEntrySchema, 'AuditEntry'],
  [clinicSettingsSchema, 'ClinicSettings'],
  [contactRequestSchema, 'ContactRequest'],
  [contactRequestSummarySchema, 'ContactRequestSummary'],
  [followUpCallSchema, 'FollowUpCall'],
  [patientSchema, 'Patient'],
  [scheduleEntrySchema, 'ScheduleEntry'],
  [sessionSchema, 'Session'],
  [staffMemberSchema, 'StaffMember'],
  [treatmentSeriesSchema, 'TreatmentSeries'],
];
for (const [schema, id] of names) namedSchemas.add(schema, { id });
