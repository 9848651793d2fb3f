import { z } from 'zod';
import { calendarDateSchema, idSchema, isoDateTimeSchema, pageQuerySchema } from '@/lib/schema-fields';

export const auditEntities = [
  'contact_request',
  'patient',
  'treatment_series',
  'session',
  'follow_up_call',
  'staff',
  'settings',
  'audit',
  'block',
] as const;

/** One changed field of an update, its values as staff read them (null: not set). */
export const auditChangeSchema = z.object({
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const auditEntrySchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actorId: idSchema.nullable(),
  actorName: z.string(),
  entity: z.enum(auditEntities),
  entityId: idSchema,
  action: z.string(),
  summary: z.string(),
  changes: z.array(auditChangeSchema).optional(),
});

const auditFilterFields = z.object({
  actorId: idSchema.optional(),
  entity: auditEntrySchema.shape.entity.optional(),
  entityId: idSchema.optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
});

const datesInOrder = (filter: { from?: string; to?: string }) => !filter.from || !filter.to || filter.from <= filter.to;
const datesInOrderError = { message: 'The end date must be on or after the start date', path: ['to'] };

/** Which entries: by person (actor), kind of record, one record, and clinic calendar dates (inclusive). */
export const auditFilterSchema = auditFilterFields.refine(datesInOrder, datesInOrderError);

export const auditListQuerySchema = pageQuerySchema
  .extend(auditFilterFields.shape)
  .refine(datesInOrder, datesInOrderError);

export const auditExportSchema = z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() });

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditEntity = AuditEntry['entity'];
export type AuditChange = z.infer<typeof auditChangeSchema>;
export type AuditFilter = z.infer<typeof auditFilterSchema>;
