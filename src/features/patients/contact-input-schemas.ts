import { z } from 'zod';
import { phoneSchema } from '@/lib/phone-field';
import { emailSchema, nameSchema, noteSchema, versionSchema } from '@/lib/schema-fields';
import { riskFactors, screeningFlags } from './schemas';

// Apart from the patient schemas other features read: their phone rule brings the phone-number
// metadata, which only the pages that edit or show a phone number load.

export const patientInputSchema = z.object({
  name: nameSchema,
  phone: phoneSchema,
  email: emailSchema,
  dateOfBirth: z.iso.date('Enter a valid date').nullable(),
  notes: noteSchema,
  screeningFlags: z.array(z.enum(screeningFlags)),
  riskFactors: z.array(z.enum(riskFactors)),
});
/** What anyone who may open the patient edits: contact details, notes and risk factors. */
export const patientContactInputSchema = patientInputSchema
  .omit({ screeningFlags: true })
  .extend({ version: versionSchema });

export type PatientInput = z.infer<typeof patientInputSchema>;
export type PatientContactInput = z.infer<typeof patientContactInputSchema>;
