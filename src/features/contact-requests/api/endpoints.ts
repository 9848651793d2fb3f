import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { pagedSchema } from '@/lib/schema-fields';
import {
  bulkRequestActionInputSchema,
  bulkResultSchema,
  contactRequestSchema,
  contactRequestSummarySchema,
  intakeInputSchema,
  logAttemptInputSchema,
  openRequestCountSchema,
  requestActionInputSchema,
  requestSearchSchema,
} from '../schemas';

export const contactRequestEndpoints = {
  intake: endpoint({
    method: 'post',
    path: '/public/contact-requests',
    body: intakeInputSchema,
    response: z.object({ received: z.literal(true) }),
    public: true,
    idempotent: true,
  }),
  search: endpoint({
    method: 'post',
    path: '/contact-requests/search',
    body: requestSearchSchema,
    response: pagedSchema(contactRequestSummarySchema),
    readOnly: true,
  }),
  counts: endpoint({ method: 'get', path: '/contact-requests/counts', response: openRequestCountSchema }),
  detail: endpoint({ method: 'get', path: '/contact-requests/:id', response: contactRequestSchema }),
  logAttempt: endpoint({
    method: 'post',
    path: '/contact-requests/:id/attempts',
    body: logAttemptInputSchema,
    response: contactRequestSchema,
    idempotent: true,
  }),
  act: endpoint({
    method: 'post',
    path: '/contact-requests/:id/actions',
    body: requestActionInputSchema,
    response: contactRequestSchema,
  }),
  bulk: endpoint({
    method: 'post',
    path: '/contact-requests/bulk',
    body: bulkRequestActionInputSchema,
    response: bulkResultSchema,
  }),
};
