import { z } from 'zod';
import { contactRequestSummarySchema } from '@/features/contact-requests/schemas';
import { endpoint } from '@/lib/endpoint';

/** Bench only: every request in one response, as a page that filters and sorts in the browser needs them. */
export const allRequestsEndpoint = endpoint({
  method: 'get',
  path: '/bench/all-contact-requests',
  response: z.array(contactRequestSummarySchema),
});
