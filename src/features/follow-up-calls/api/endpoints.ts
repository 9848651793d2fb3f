import { endpoint } from '@/lib/endpoint';
import { pagedSchema } from '@/lib/schema-fields';
import {
  assignFollowUpInputSchema,
  createCallbackInputSchema,
  followUpCallSchema,
  followUpCountsQuerySchema,
  followUpCountsSchema,
  followUpDetailSchema,
  followUpListQuerySchema,
  followUpRowSchema,
  recordFollowUpInputSchema,
  resolveReviewInputSchema,
  reviewItemSchema,
  reviewListQuerySchema,
} from '../schemas';

/*
 * Who may work a call (record an outcome, postpone, cancel, assign):
 * - front desk and admin: any call;
 * - a clinician: calls about their own patients, the patients with a series where they are
 *   the clinician (so not a callback for a request that has no patient yet).
 * Everyone signed in may read the queue. Clinical notes in a call's detail are served to
 * clinicians and admins only. A review item is resolved by its clinician or an admin.
 * The server answers 403 problem details for anything else.
 */
export const followUpEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/follow-ups',
    summary: 'List follow-up calls (filtered and paged)',
    query: followUpListQuerySchema,
    response: pagedSchema(followUpRowSchema),
  }),
  counts: endpoint({
    method: 'get',
    path: '/follow-ups/counts',
    summary: 'Count follow-up calls per bucket',
    query: followUpCountsQuerySchema,
    response: followUpCountsSchema,
  }),
  detail: endpoint({
    method: 'get',
    path: '/follow-ups/:id',
    summary: 'One follow-up call with what the caller needs',
    response: followUpDetailSchema,
  }),
  record: endpoint({
    method: 'post',
    path: '/follow-ups/:id/outcome',
    summary: 'Record the outcome of a follow-up call',
    problems: ['forbidden', 'invalidTransition'],
    body: recordFollowUpInputSchema,
    response: followUpCallSchema,
  }),
  assign: endpoint({
    method: 'post',
    path: '/follow-ups/:id/assign',
    summary: 'Assign a follow-up call',
    problems: ['forbidden'],
    body: assignFollowUpInputSchema,
    response: followUpCallSchema,
  }),
  createCallback: endpoint({
    method: 'post',
    path: '/follow-ups/callbacks',
    summary: 'Schedule a callback for a contact request (idempotent)',
    roles: ['front_desk', 'admin'],
    body: createCallbackInputSchema,
    response: followUpCallSchema,
  }),
};

export const reviewEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/reviews',
    summary: 'List concerns raised on follow-up calls',
    query: reviewListQuerySchema,
    response: pagedSchema(reviewItemSchema),
  }),
  resolve: endpoint({
    method: 'post',
    path: '/reviews/:id/resolve',
    summary: 'Resolve a concern raised on a follow-up call',
    problems: ['forbidden', 'invalidTransition'],
    body: resolveReviewInputSchema,
    response: reviewItemSchema,
  }),
};
