import { endpoint } from '@/lib/endpoint';
import { pagedSchema } from '@/lib/schema-fields';
import { followUpCallSchema, followUpListQuerySchema, recordFollowUpInputSchema } from '../schemas';

export const followUpEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/follow-ups',
    summary: 'List follow-up calls (filtered and paged)',
    query: followUpListQuerySchema,
    response: pagedSchema(followUpCallSchema),
  }),
  record: endpoint({
    method: 'post',
    path: '/follow-ups/:id/outcome',
    summary: 'Record the outcome of a follow-up call',
    problems: ['invalidTransition'],
    body: recordFollowUpInputSchema,
    response: followUpCallSchema,
  }),
};
