import { endpoint } from '@/lib/endpoint';
import { clinicSettingsSchema, updateClinicSettingsSchema } from '../schemas';

export const settingsEndpoints = {
  get: endpoint({
    method: 'get',
    path: '/settings',
    summary: 'Read the clinic settings',
    response: clinicSettingsSchema,
  }),
  update: endpoint({
    method: 'put',
    path: '/settings',
    summary: 'Change clinic settings',
    roles: ['admin'],
    body: updateClinicSettingsSchema,
    response: clinicSettingsSchema,
  }),
};
