// First: zod reads the setting when it builds a schema (see the module).
import '@/lib/zod-jitless';
import { apiRequest } from '@/lib/api-client';
import { type PhoneCountry, phoneExample } from '@/lib/phone';
import { phoneFieldFor } from '@/lib/phone-field';
import { settingsEndpoints } from '@/shared/settings/api/endpoints';
import { intakeEndpoints } from '../../api/intake-endpoints';
import { type IntakeInput, intakeInputSchema } from '../../intake-schema';
import { type IntakeErrors, type IntakeFormValues, isIntakeField } from './intake-form-values';

/*
 * What the public form needs only once someone fills it in: its schema (zod), the phone-number
 * metadata and the API client. `use-intake-checks.ts` loads this module at the first touch of
 * the form, so a phone opening the page draws the form without any of it.
 */

export type PhoneRules = { country: PhoneCountry; example: string };

/** The clinic's country (how a number without +country code reads) and a number in its format. */
export async function loadPhoneRules(): Promise<PhoneRules> {
  const { country } = await apiRequest(settingsEndpoints.publicView, {});
  return { country, example: phoneExample(country) };
}

/** The honeypot is the server's to judge: a bot gets the same thank-you and nothing is stored. */
const visibleFieldsSchemaFor = (country: PhoneCountry) =>
  intakeInputSchema.omit({ website: true }).extend({ phone: phoneFieldFor(country) });

export type IntakeCheck = { ok: true; input: IntakeInput } | { ok: false; errors: IntakeErrors };

/** The form's answers as the API takes them (the phone as E.164), or the first message for each field. */
export function checkIntake({ website, ...visible }: IntakeFormValues, country: PhoneCountry): IntakeCheck {
  const result = visibleFieldsSchemaFor(country).safeParse(visible);
  if (result.success) return { ok: true, input: { ...result.data, ...(website ? { website } : {}) } };
  const errors: IntakeErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field !== undefined && isIntakeField(field)) errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The message's own check, for when the person leaves the field. */
export function checkMessage(message: string): string | null {
  return intakeInputSchema.shape.message.safeParse(message).error?.issues[0]?.message ?? null;
}

/** One key per attempt: a retry after a timeout or a double click is written once. */
export const sendIntake = (input: IntakeInput, idempotencyKey: string) =>
  apiRequest(intakeEndpoints.intake, { body: input, idempotencyKey });
