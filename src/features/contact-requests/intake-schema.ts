import { z } from 'zod';
import { phoneSchema } from '@/lib/phone-field';
import { emailSchema, nameSchema } from '@/lib/schema-fields';
import {
  bodyAreas,
  concerns,
  contactMethods,
  formatCharacters,
  formatCount,
  intakeMessageMaxLength,
  preferredTimes,
} from './intake-vocabulary';

// Apart from the other schemas: only the public form and the backend read it, and its phone rule
// brings the phone-number metadata, which the staff pages that show no phone number never load.

/** What the clinic website's form posts (public, no sign-in). */
export const intakeInputSchema = z.object({
  name: nameSchema,
  phone: phoneSchema,
  email: emailSchema,
  preferredContactMethod: z.enum(contactMethods, 'Choose how we should contact you'),
  preferredTimes: z.array(z.enum(preferredTimes)).max(3),
  concern: z.enum(concerns, 'Choose what you would like treated'),
  areas: z.array(z.enum(bodyAreas)).min(1, 'Choose at least one area'),
  message: z
    .string()
    .trim()
    .max(intakeMessageMaxLength, {
      error: ({ input }) =>
        `Shorten your message to ${formatCharacters(intakeMessageMaxLength)}: it is ${formatCount(String(input).length)} now`,
    }),
  consent: z.literal(true, 'We need your consent to contact you'),
  /** Honeypot: people never see it, bots fill it. */
  website: z.string().max(0).optional(),
});

export type IntakeInput = z.infer<typeof intakeInputSchema>;
