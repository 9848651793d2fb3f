import { endpoint } from '@/lib/endpoint';
import { clinicSettingsSchema } from '../schemas';
import { updateClinicSettingsSchema } from '../update-schema';

/** Apart from `endpoints.ts`, which every page loads: see `update-schema.ts`. */
export const settingsUpdateEndpoints = {
  update: endpoint({
    method: 'put',
    path: '/settings',
    summary: 'Change clinic settings',
    roles: ['admin'],
    body: updateClinicSettingsSchema,
    response: clinicSettingsSchema,
  }),
};
