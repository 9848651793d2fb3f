import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { pagedSchema } from '@/lib/schema-fields';
import { patientHistoryEntrySchema } from '../history-schemas';
import {
  mergeRequestInputSchema,
  patientClinicalInputSchema,
  patientContactInputSchema,
  patientInputSchema,
  patientLookupInputSchema,
  patientSchema,
} from '../schemas';
import { patientRowSchema, patientSearchInputSchema } from '../search-schemas';

/** Searches and lookups carry names, phones and emails: they go in a POST body, never the URL. */
export const patientEndpoints = {
  search: endpoint({
    method: 'post',
    path: '/patients/search',
    body: patientSearchInputSchema,
    response: pagedSchema(patientRowSchema),
  }),
  lookup: endpoint({
    method: 'post',
    path: '/patients/lookup',
    body: patientLookupInputSchema,
    response: z.object({ items: z.array(patientSchema) }),
  }),
  detail: endpoint({ method: 'get', path: '/patients/:id', response: patientSchema }),
  create: endpoint({
    method: 'post',
    path: '/patients',
    body: patientInputSchema,
    response: patientSchema,
    idempotent: true,
  }),
  update: endpoint({ method: 'put', path: '/patients/:id', body: patientContactInputSchema, response: patientSchema }),
  updateClinical: endpoint({
    method: 'put',
    path: '/patients/:id/clinical',
    body: patientClinicalInputSchema,
    response: patientSchema,
  }),
  history: endpoint({
    method: 'get',
    path: '/patients/:id/history',
    response: z.object({ items: z.array(patientHistoryEntrySchema) }),
  }),
  merge: endpoint({
    method: 'post',
    path: '/patients/:id/merges',
    body: mergeRequestInputSchema,
    response: patientSchema,
  }),
};
