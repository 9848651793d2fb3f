import { endpoint } from '@/lib/endpoint';
import { pagedSchema } from '@/lib/schema-fields';
import { auditEntrySchema, auditExportSchema, auditFilterSchema, auditListQuerySchema } from '../schemas';

export const auditEndpoints = {
  /** Admins only; newest first. */
  list: endpoint({
    method: 'get',
    path: '/audit',
    summary: 'List the audit trail, newest first',
    query: auditListQuerySchema,
    response: pagedSchema(auditEntrySchema),
    problems: ['forbidden'],
  }),
  /** Admins only: the filtered view as CSV. Unlike reading, an export is itself audited, with its filter. */
  export: endpoint({
    method: 'post',
    path: '/audit/exports',
    summary: 'Export the filtered audit trail as CSV (the export is audited)',
    body: auditFilterSchema,
    response: auditExportSchema,
    problems: ['forbidden'],
  }),
};
