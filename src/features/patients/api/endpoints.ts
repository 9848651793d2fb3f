import { endpoint } from '@/lib/endpoint';
import { pagedSchema } from '@/lib/schema-fields';
import { patientInputSchema, patientListQuerySchema, patientSchema, updatePatientInputSchema } from '../schemas';

export const patientEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/patients',
    query: patientListQuerySchema,
    response: pagedSchema(patientSchema),
  }),
  detail: endpoint({ method: 'get', path: '/patients/:id', response: patientSchema }),
  create: endpoint({
    method: 'post',
    path: '/patients',
    body: patientInputSchema,
    response: patientSchema,
    idempotent: true,
  }),
  update: endpoint({ method: 'put', path: '/patients/:id', body: updatePatientInputSchema, response: patientSchema }),
};
