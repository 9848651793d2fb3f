import { z } from 'zod';
import { idSchema, isoDateTimeSchema, pageQuerySchema } from '@/lib/schema-fields';

export const auditEntrySchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actorId: idSchema.nullable(),
  actorName: z.string(),
  entity: z.enum([
    'contact_request',
    'patient',
    'treatment_series',
    'session',
    'follow_up_call',
    'staff',
    'settings',
    'block',
  ]),
  entityId: idSchema,
  action: z.string(),
  summary: z.string(),
});

export const auditListQuerySchema = pageQuerySchema.extend({
  entityId: idSchema.optional(),
  entity: auditEntrySchema.shape.entity.optional(),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditEntity = AuditEntry['entity'];
