import { endpoint } from '@/lib/endpoint';
import { pagedSchema } from '@/lib/schema-fields';
import { auditEntrySchema, auditListQuerySchema } from '../schemas';

export const auditEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/audit',
    summary: 'List the audit trail, newest first',
    query: auditListQuerySchema,
    response: pagedSchema(auditEntrySchema),
  }),
};
