import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { pagedSchema } from '@/lib/schema-fields';
import { patientContactInputSchema, patientInputSchema } from '../contact-input-schemas';
import { patientHistoryEntrySchema } from '../history-schemas';
import {
  mergeRequestInputSchema,
  patientClinicalInputSchema,
  patientLookupInputSchema,
  patientSchema,
} from '../schemas';
import { patientRowSchema, patientSearchInputSchema } from '../search-schemas';

/** Searches and lookups carry names, phones and emails: they go in a POST body, never the URL. */
export const patientEndpoints = {
  search: endpoint({
    method: 'post',
    path: '/patients/search',
    summary: 'Search patients by name, phone or email, with filters, sort and paging (all in the body)',
    body: patientSearchInputSchema,
    response: pagedSchema(patientRowSchema),
    readOnly: true,
  }),
  lookup: endpoint({
    method: 'post',
    path: '/patients/lookup',
    summary: 'Find patients with exactly this phone number or email address',
    body: patientLookupInputSchema,
    response: z.object({ items: z.array(patientSchema) }),
    readOnly: true,
  }),
  detail: endpoint({ method: 'get', path: '/patients/:id', summary: 'Read one patient', response: patientSchema }),
  create: endpoint({
    method: 'post',
    path: '/patients',
    summary: 'Add a patient (screening flags: clinicians and admins only)',
    body: patientInputSchema,
    response: patientSchema,
    problems: ['forbidden'],
    idempotent: true,
  }),
  update: endpoint({
    method: 'put',
    path: '/patients/:id',
    summary: "Change a patient's contact details, notes and risk factors",
    body: patientContactInputSchema,
    response: patientSchema,
  }),
  updateClinical: endpoint({
    method: 'put',
    path: '/patients/:id/clinical',
    summary: 'Change screening flags or clinical notes',
    roles: ['clinician', 'admin'],
    body: patientClinicalInputSchema,
    response: patientSchema,
  }),
  history: endpoint({
    method: 'get',
    path: '/patients/:id/history',
    summary: 'The audit entries about the patient and their requests, series, visits and calls',
    response: z.object({ items: z.array(patientHistoryEntrySchema) }),
  }),
  merge: endpoint({
    method: 'post',
    path: '/patients/:id/merges',
    summary: 'Merge a request flagged as a possible duplicate into the patient',
    body: mergeRequestInputSchema,
    response: patientSchema,
    problems: ['invalidTransition'],
  }),
};
