import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
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

const sessionAction = (path: string) =>
  endpoint({ method: 'post', path, body: sessionVersionInputSchema, response: treatmentSeriesSchema });

export const seriesEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/series',
    query: seriesListQuerySchema,
    response: pagedSchema(treatmentSeriesSchema),
  }),
  detail: endpoint({ method: 'get', path: '/series/:id', response: treatmentSeriesSchema }),
  book: endpoint({ method: 'post', path: '/series', body: bookSeriesInputSchema, response: treatmentSeriesSchema }),
  addSession: endpoint({
    method: 'post',
    path: '/series/:id/sessions',
    body: addSessionInputSchema,
    response: treatmentSeriesSchema,
    idempotent: true,
  }),
  discontinue: endpoint({
    method: 'post',
    path: '/series/:id/discontinue',
    body: discontinueSeriesInputSchema,
    response: treatmentSeriesSchema,
  }),
  reschedule: endpoint({
    method: 'post',
    path: '/sessions/:id/reschedule',
    body: rescheduleSessionInputSchema,
    response: treatmentSeriesSchema,
  }),
  complete: endpoint({
    method: 'post',
    path: '/sessions/:id/complete',
    body: completeSessionInputSchema,
    response: treatmentSeriesSchema,
  }),
  cancel: sessionAction('/sessions/:id/cancel'),
  restore: sessionAction('/sessions/:id/restore'),
  noShow: sessionAction('/sessions/:id/no-show'),
};
