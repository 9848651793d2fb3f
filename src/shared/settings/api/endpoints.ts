import { endpoint } from '@/lib/endpoint';
import { clinicSettingsSchema, publicSettingsSchema } from '../schemas';

export const settingsEndpoints = {
  get: endpoint({
    method: 'get',
    path: '/settings',
    summary: 'Read the clinic settings',
    response: clinicSettingsSchema,
  }),
  /** For the website's contact form: only what it needs to read what people type (their phone's country). */
  publicView: endpoint({
    method: 'get',
    path: '/public/settings',
    summary: "Read the settings the clinic's website form needs",
    response: publicSettingsSchema,
    public: true,
  }),
};
