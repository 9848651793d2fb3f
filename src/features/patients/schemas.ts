import { z } from 'zod';
import {
  emailSchema,
  idSchema,
  isoDateTimeSchema,
  nameSchema,
  noteSchema,
  pageQuerySchema,
  phoneSchema,
  versionSchema,
} from '@/lib/schema-fields';

/** Flags that ask a clinician to review before treating. */
export const screeningFlags = ['pregnant', 'blood_clot_history', 'anticoagulants', 'allergy_to_sclerosant'] as const;
/** Risk factors named on the clinic's page. */
export const riskFactors = ['family_history', 'age', 'sex', 'pregnancy', 'weight', 'long_standing_or_sitting'] as const;

export const screeningFlagLabels: Record<ScreeningFlag, string> = {
  pregnant: 'Pregnant',
  blood_clot_history: 'History of blood clots',
  anticoagulants: 'Takes anticoagulants',
  allergy_to_sclerosant: 'Allergy to sclerosant',
};
export const riskFactorLabels: Record<RiskFactor, string> = {
  family_history: 'Family history',
  age: 'Age',
  sex: 'Sex',
  pregnancy: 'Pregnancy',
  weight: 'Weight',
  long_standing_or_sitting: 'Long standing or sitting',
};

export const patientSchema = z.object({
  id: idSchema,
  name: nameSchema,
  phone: z.string(),
  email: z.string(),
  dateOfBirth: z.iso.date().nullable(),
  notes: z.string(),
  screeningFlags: z.array(z.enum(screeningFlags)),
  riskFactors: z.array(z.enum(riskFactors)),
  createdAt: isoDateTimeSchema,
  version: versionSchema,
});

export const patientInputSchema = z.object({
  name: nameSchema,
  phone: phoneSchema,
  email: emailSchema,
  dateOfBirth: z.iso.date('Enter a valid date').nullable(),
  notes: noteSchema,
  screeningFlags: z.array(z.enum(screeningFlags)),
  riskFactors: z.array(z.enum(riskFactors)),
});
export const updatePatientInputSchema = patientInputSchema.extend({ version: versionSchema });

export const patientListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
});

export type Patient = z.infer<typeof patientSchema>;
export type PatientInput = z.infer<typeof patientInputSchema>;
export type ScreeningFlag = (typeof screeningFlags)[number];
export type RiskFactor = (typeof riskFactors)[number];
