import { z } from 'zod';
import { isPhoneCountry } from '@/lib/phone';
import { clinicSettingsSchema } from './schemas';

// Apart from the settings every page reads: knowing the countries takes the phone-number
// metadata, which only the settings page and the backend need.

export const updateClinicSettingsSchema = clinicSettingsSchema.extend({
  country: z.string().refine(isPhoneCountry, 'Choose a country from the list'),
});
