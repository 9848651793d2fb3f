import { endpoint } from '@/lib/endpoint';
import { pagedSchema } from '@/lib/schema-fields';
import { followUpCallSchema, followUpListQuerySchema, recordFollowUpInputSchema } from '../schemas';

export const followUpEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/follow-ups',
    query: followUpListQuerySchema,
    response: pagedSchema(followUpCallSchema),
  }),
  record: endpoint({
    method: 'post',
    path: '/follow-ups/:id/outcome',
    body: recordFollowUpInputSchema,
    response: followUpCallSchema,
  }),
};
