import { endpoint } from '@/lib/endpoint';
import { clinicSettingsSchema, updateClinicSettingsSchema } from '../schemas';

export const settingsEndpoints = {
  get: endpoint({ method: 'get', path: '/settings', response: clinicSettingsSchema }),
  update: endpoint({
    method: 'put',
    path: '/settings',
    body: updateClinicSettingsSchema,
    response: clinicSettingsSchema,
  }),
};
