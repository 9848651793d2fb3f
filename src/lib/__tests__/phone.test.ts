import { describe, expect, it } from 'vitest';
import { formatPhone, isPhoneCountry, parsePhone, phoneExample, phoneMatcher } from '@/lib/phone';

describe('parsePhone', () => {
  it("reads a number without a country code in the clinic's country, in any common format", () => {
    for (const typed of ['(201) 555-0123', '201-555-0123', '201.555.0123', ' 2015550123 ', '1 201 555 0123']) {
      expect(parsePhone(typed, 'US')).toEqual({ ok: true, e164: '+12015550123' });
    }
  });

  it('reads a +country code number as that country, whatever the clinic country', () => {
    expect(parsePhone('+44 20 7946 0018', 'US')).toEqual({ ok: true, e164: '+442079460018' });
    expect(parsePhone('020 7946 0018', 'GB')).toEqual({ ok: true, e164: '+442079460018' });
  });

  it("refuses numbers that cannot exist, with an example in the clinic's format", () => {
    expect(parsePhone('(555) 123-4567', 'US')).toEqual({
      ok: false,
      message: 'Enter a valid phone number, e.g. (201) 555-0123',
    });
    expect(parsePhone('201 555 012', 'US')).toMatchObject({ ok: false });
    expect(parsePhone('12', 'GB')).toEqual({ ok: false, message: 'Enter a valid phone number, e.g. 07400 123456' });
  });

  it('refuses text around the number and extensions rather than dropping them', () => {
    expect(parsePhone('201-555-0123 after 5pm', 'US')).toEqual({
      ok: false,
      message: 'Enter a valid phone number, e.g. (201) 555-0123',
    });
    expect(parsePhone('1-800-FLOWERS', 'US')).toMatchObject({ ok: false });
    expect(parsePhone('201 555 0123 ext. 45', 'US')).toEqual({
      ok: false,
      message: 'Leave out the extension: enter the number only, e.g. (201) 555-0123',
    });
    expect(parsePhone('2'.repeat(31), 'US')).toEqual({
      ok: false,
      message: 'Phone numbers are limited to 30 characters',
    });
  });

  it('needs the +country code when no country is given (the API)', () => {
    expect(parsePhone('+1 (201) 555-0123')).toEqual({ ok: true, e164: '+12015550123' });
    expect(parsePhone('(201) 555-0123')).toEqual({
      ok: false,
      message: 'Enter a valid phone number with its country code, e.g. +1 201 555 0123',
    });
  });
});

describe('formatPhone', () => {
  it("shows the clinic country's numbers nationally and others internationally", () => {
    expect(formatPhone('+12015550123', 'US')).toBe('(201) 555-0123');
    expect(formatPhone('+442079460018', 'US')).toBe('+44 20 7946 0018');
    expect(formatPhone('+442079460018', 'GB')).toBe('020 7946 0018');
  });

  it('shows anything it cannot read as stored', () => {
    expect(formatPhone('not a number', 'US')).toBe('not a number');
  });
});

describe('phoneMatcher', () => {
  it('matches the same number written differently, and partial digits of 3 or more', () => {
    const matches = phoneMatcher('(201) 555-0123', 'US');
    expect(matches('+12015550123')).toBe(true);
    expect(matches('+12015550124')).toBe(false);
    expect(phoneMatcher('+1 201.555.0123', 'GB')('+12015550123')).toBe(true);
    expect(phoneMatcher('0123', 'US')('+12015550123')).toBe(true);
    expect(phoneMatcher('01', 'US')('+12015550123')).toBe(false);
  });
});

describe('countries', () => {
  it('knows the ISO 3166-1 alpha-2 codes phone numbers can be read for, with an example', () => {
    expect(isPhoneCountry('US')).toBe(true);
    expect(isPhoneCountry('GB')).toBe(true);
    expect(isPhoneCountry('XX')).toBe(false);
    expect(isPhoneCountry('us')).toBe(false);
    expect(phoneExample('US')).toBe('(201) 555-0123');
  });
});
