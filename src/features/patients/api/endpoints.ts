import { endpoint } from '@/lib/endpoint';
import { pagedSchema } from '@/lib/schema-fields';
import { patientInputSchema, patientListQuerySchema, patientSchema, updatePatientInputSchema } from '../schemas';

export const patientEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/patients',
    summary: 'List patients (paged, by name)',
    query: patientListQuerySchema,
    response: pagedSchema(patientSchema),
  }),
  detail: endpoint({ method: 'get', path: '/patients/:id', summary: 'Read one patient', response: patientSchema }),
  create: endpoint({
    method: 'post',
    path: '/patients',
    summary: 'Add a patient (screening flags: clinicians and admins only)',
    body: patientInputSchema,
    response: patientSchema,
    problems: ['forbidden'],
  }),
  update: endpoint({
    method: 'put',
    path: '/patients/:id',
    summary: 'Change a patient (screening flags: clinicians and admins only)',
    body: updatePatientInputSchema,
    response: patientSchema,
    problems: ['forbidden'],
  }),
};
