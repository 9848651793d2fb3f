import { z } from 'zod';
import { type PhoneCountry, parsePhone } from './phone';

/**
 * A phone number as typed, parsed to E.164 ("+12015550123"). Forms pass the clinic's country, so
 * "(201) 555-0123" reads as a US number; the API, which has none, needs the +country code.
 */
export const phoneFieldFor = (country?: PhoneCountry) =>
  z.string().transform((raw, context) => {
    const parsed = parsePhone(raw, country);
    if (parsed.ok) return parsed.e164;
    context.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  });

/** What the API accepts: any format with its +country code; stored as E.164. */
export const phoneSchema = phoneFieldFor();
