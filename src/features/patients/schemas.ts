import { z } from 'zod';
import { idSchema, isoDateTimeSchema, nameSchema, noteSchema, versionSchema } from '@/lib/schema-fields';

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
  /** Clinical: only clinicians and admins write it. */
  clinicalNotes: z.string(),
  riskFactors: z.array(z.enum(riskFactors)),
  createdAt: isoDateTimeSchema,
  version: versionSchema,
});

/** What only clinicians and admins edit. */
export const patientClinicalInputSchema = z.object({
  screeningFlags: z.array(z.enum(screeningFlags)),
  clinicalNotes: noteSchema,
  version: versionSchema,
});

/** Exact contact details to look a person up by (either one matches); sent in a body, never a URL. */
export const patientLookupInputSchema = z
  .object({ phone: z.string().trim().max(30).optional(), email: z.string().trim().max(254).optional() })
  .refine((input) => Boolean(input.phone || input.email), { message: 'Give a phone number or an email address' });

export type Patient = z.infer<typeof patientSchema>;
export type PatientClinicalInput = z.infer<typeof patientClinicalInputSchema>;
export type PatientLookup = z.input<typeof patientLookupInputSchema>;
export type ScreeningFlag = (typeof screeningFlags)[number];
export type RiskFactor = (typeof riskFactors)[number];

/** The request's contact details that may replace the patient's in a merge. */
export const mergeableFields = ['name', 'phone', 'email'] as const;

/** Links a request flagged as a possible duplicate to this patient; nothing of either is deleted. */
export const mergeRequestInputSchema = z.object({
  requestId: idSchema,
  requestVersion: versionSchema,
  /** The patient's version. */
  version: versionSchema,
  /** The request's details to keep instead of the patient's; the patient's old ones go into the notes. */
  take: z.array(z.enum(mergeableFields)).default([]),
});

export type MergeableField = (typeof mergeableFields)[number];
export type MergeRequestInput = z.input<typeof mergeRequestInputSchema>;
