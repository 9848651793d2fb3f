import { z } from 'zod';
import { type Endpoint, endpoint } from '@/lib/endpoint';
import { csvEnum, idSchema, pagedSchema, pageQuerySchema } from '@/lib/schema-fields';
import {
  addSessionInputSchema,
  bookSeriesInputSchema,
  completeSessionInputSchema,
  discontinueSeriesInputSchema,
  rescheduleSessionInputSchema,
  seriesProgressStatuses,
  sessionVersionInputSchema,
  treatmentSeriesSchema,
} from '../schemas';

export const seriesListQuerySchema = pageQuerySchema.extend({
  progress: csvEnum(seriesProgressStatuses).optional(),
  clinicianId: idSchema.optional(),
  patientId: idSchema.optional(),
  sort: z.enum(['next', 'created', 'patient']).default('next'),
});

const sessionAction = (path: string, summary: string, problems: Endpoint['problems'] = ['invalidTransition']) =>
  endpoint({
    method: 'post',
    path,
    summary,
    body: sessionVersionInputSchema,
    response: treatmentSeriesSchema,
    problems,
  });

export const seriesEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/series',
    summary: 'List treatment series (sorted, filtered and paged)',
    query: seriesListQuerySchema,
    response: pagedSchema(treatmentSeriesSchema),
  }),
  detail: endpoint({
    method: 'get',
    path: '/series/:id',
    summary: 'Read one treatment series',
    response: treatmentSeriesSchema,
  }),
  book: endpoint({
    method: 'post',
    path: '/series',
    summary: 'Book a whole treatment series (every session or none)',
    body: bookSeriesInputSchema,
    response: treatmentSeriesSchema,
    problems: ['scheduleConflict', 'invalidTransition'],
  }),
  addSession: endpoint({
    method: 'post',
    path: '/series/:id/sessions',
    summary: 'Add a visit to a series (beyond the planned visits: clinicians and admins only)',
    problems: ['forbidden', 'scheduleConflict', 'invalidTransition'],
    body: addSessionInputSchema,
    response: treatmentSeriesSchema,
    idempotent: true,
  }),
  discontinue: endpoint({
    method: 'post',
    path: '/series/:id/discontinue',
    summary: 'Discontinue a series',
    roles: ['clinician', 'admin'],
    problems: ['invalidTransition'],
    body: discontinueSeriesInputSchema,
    response: treatmentSeriesSchema,
  }),
  reschedule: endpoint({
    method: 'post',
    path: '/sessions/:id/reschedule',
    summary: 'Move a session (and optionally the later ones)',
    problems: ['scheduleConflict', 'invalidTransition'],
    body: rescheduleSessionInputSchema,
    response: treatmentSeriesSchema,
  }),
  complete: endpoint({
    method: 'post',
    path: '/sessions/:id/complete',
    summary: 'Complete sessions and record clinical notes',
    roles: ['clinician', 'admin'],
    problems: ['invalidTransition'],
    body: completeSessionInputSchema,
    response: treatmentSeriesSchema,
  }),
  cancel: sessionAction('/sessions/:id/cancel', 'Cancel a session'),
  restore: sessionAction('/sessions/:id/restore', 'Restore a cancelled session', [
    'invalidTransition',
    'scheduleConflict',
  ]),
  noShow: sessionAction('/sessions/:id/no-show', 'Mark a session as a no-show'),
};
