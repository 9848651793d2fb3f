import { endpoint } from '@/lib/endpoint';
import { pagedSchema } from '@/lib/schema-fields';
import {
  bulkRequestActionInputSchema,
  bulkResultSchema,
  contactRequestSchema,
  contactRequestSummarySchema,
  logAttemptInputSchema,
  openRequestCountSchema,
  requestActionInputSchema,
  requestSearchSchema,
} from '../schemas';

export const contactRequestEndpoints = {
  search: endpoint({
    method: 'post',
    path: '/contact-requests/search',
    summary: 'Search contact requests (sorted, filtered and paged; the text in the body)',
    body: requestSearchSchema,
    response: pagedSchema(contactRequestSummarySchema),
    readOnly: true,
  }),
  counts: endpoint({
    method: 'get',
    path: '/contact-requests/counts',
    summary: 'Count the open and late contact requests',
    response: openRequestCountSchema,
  }),
  detail: endpoint({
    method: 'get',
    path: '/contact-requests/:id',
    summary: 'Read one contact request',
    response: contactRequestSchema,
  }),
  logAttempt: endpoint({
    method: 'post',
    path: '/contact-requests/:id/attempts',
    summary: 'Log a contact attempt',
    problems: ['invalidTransition'],
    body: logAttemptInputSchema,
    response: contactRequestSchema,
    idempotent: true,
  }),
  act: endpoint({
    method: 'post',
    path: '/contact-requests/:id/actions',
    summary: 'Change the status or assignee of a contact request',
    problems: ['invalidTransition'],
    body: requestActionInputSchema,
    response: contactRequestSchema,
  }),
  bulk: endpoint({
    method: 'post',
    path: '/contact-requests/bulk',
    summary: 'Apply one action to many contact requests (skips those it cannot change)',
    body: bulkRequestActionInputSchema,
    response: bulkResultSchema,
  }),
};
