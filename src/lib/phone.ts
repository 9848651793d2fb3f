import {
  type CountryCode,
  getExampleNumber,
  isSupportedCountry,
  ParseError,
  parsePhoneNumberWithError,
} from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/mobile/examples';

/** Phone numbers are stored as E.164 ("+12015550123") and read as the clinic's country writes them. */
export type PhoneCountry = CountryCode;

export const isPhoneCountry = (code: string): code is PhoneCountry => isSupportedCountry(code);

export type ParsedPhone = { ok: true; e164: string } | { ok: false; message: string };

/** "(201) 555-0123" for the US: a number people of the clinic's country recognise as their own format. */
export function phoneExample(country: PhoneCountry): string {
  return getExampleNumber(country, examples)?.formatNational() ?? '+1 201 555 0123';
}

/** For an API caller without a country: "+1 201 555 0123". */
const internationalExample = '+1 201 555 0123';

const exampleFor = (country: PhoneCountry | undefined) => (country ? phoneExample(country) : internationalExample);
const invalidMessage = (country: PhoneCountry | undefined) =>
  country
    ? `Enter a valid phone number, e.g. ${phoneExample(country)}`
    : `Enter a valid phone number with its country code, e.g. ${internationalExample}`;

/**
 * A number as typed to E.164: in the given country unless it starts with +country code (without
 * a country, the code is required). Strict: text around the number or an extension is refused
 * rather than silently dropped.
 */
export function parsePhone(raw: string, country?: PhoneCountry): ParsedPhone {
  const text = raw.trim();
  if (text.length > 30) return { ok: false, message: 'Phone numbers are limited to 30 characters' };
  try {
    const phone = parsePhoneNumberWithError(text, { defaultCountry: country, extract: false });
    if (phone.ext) {
      return { ok: false, message: `Leave out the extension: enter the number only, e.g. ${exampleFor(country)}` };
    }
    if (!phone.isValid()) return { ok: false, message: invalidMessage(country) };
    return { ok: true, e164: phone.number };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, message: invalidMessage(country) };
    throw error;
  }
}

/**
 * A test of stored numbers against search text: 3 or more of their digits, or the whole number in
 * any format of the country. Parsed once, for searches over thousands of rows.
 */
export function phoneMatcher(text: string, country: PhoneCountry): (stored: string) => boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 3) return () => false;
  const whole = parsePhone(text, country);
  return (stored) => stored.includes(digits) || (whole.ok && whole.e164 === stored);
}

/** The clinic's own numbers in its national format, others in the international one; anything unparsable as stored. */
export function formatPhone(stored: string, country: PhoneCountry): string {
  try {
    const phone = parsePhoneNumberWithError(stored, { defaultCountry: country, extract: false });
    return phone.country === country ? phone.formatNational() : phone.formatInternational();
  } catch {
    return stored;
  }
}
