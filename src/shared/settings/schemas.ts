import { z } from 'zod';
import type { PhoneCountry } from '@/lib/phone';
import { calendarDateSchema, versionSchema, weeklyHoursSchema } from '@/lib/schema-fields';

/**
 * The shape of a country code only: the server checks a change against the phone-number metadata
 * (`update-schema.ts`), so the settings it answers hold a country that metadata knows.
 */
const isCountryCode = (code: string): code is PhoneCountry => /^[A-Z]{2}$/.test(code);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** A whole number in a range, with the message staff read under the field. */
const wholeNumber = (unit: string, min: number, max: number) => {
  const message = `Enter ${min} to ${max} ${unit}`;
  return z.number(message).int(message).min(min, message).max(max, message);
};

export const clinicSettingsSchema = z.object({
  /** An IANA zone such as "America/New_York". */
  timeZone: z.string().refine(isTimeZone, 'Choose a time zone from the list'),
  /**
   * ISO 3166-1 alpha-2, e.g. "US": phone numbers written without +country code are read as this
   * country's. See `isCountryCode`.
   */
  country: z.string().refine(isCountryCode, 'Choose a country from the list'),
  openingHours: weeklyHoursSchema,
  defaultSessionMinutes: wholeNumber('minutes', 30, 60).multipleOf(5, 'Use 5-minute steps (30, 35, … 60)'),
  defaultPlannedSessions: wholeNumber('sessions', 1, 12),
  defaultSpacingDays: wholeNumber('days', 1, 120),
  responseTargetBusinessDays: wholeNumber('business days', 1, 10),
  failedAttemptsBeforeClosing: wholeNumber('attempts', 1, 10),
  /** Days the clinic is closed whatever its weekly hours (holidays), as clinic calendar dates. */
  closedDates: z
    .array(calendarDateSchema)
    .max(366, 'List at most 366 closed dates')
    .transform((dates) => [...new Set(dates)].sort()),
  /** The post-treatment call falls due this many hours after the visit ends (then into opening hours). */
  postTreatmentCallHours: wholeNumber('hours', 24, 240),
  /** The series-complete check-in falls due this many days after the last visit. */
  seriesCompleteCheckInDays: wholeNumber('days', 1, 120),
  version: versionSchema,
});

/** What the public website form may know of the settings: no sign-in needed. */
export const publicSettingsSchema = clinicSettingsSchema.pick({ country: true });

export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;
/** Every setting staff can change (all but the version). */
export type SettingField = Exclude<keyof ClinicSettings, 'version'>;
export const settingFields = Object.keys(clinicSettingsSchema.shape).filter(
  (key): key is SettingField => key !== 'version',
);

/** How the settings screen and the audit trail name each setting. */
export const settingLabels: Record<SettingField, string> = {
  timeZone: 'Clinic time zone',
  country: 'Clinic country',
  openingHours: 'Opening hours',
  closedDates: 'Closed dates',
  defaultSessionMinutes: 'Default session length',
  defaultPlannedSessions: 'Default number of sessions',
  defaultSpacingDays: 'Default spacing between sessions',
  responseTargetBusinessDays: 'Response-time target',
  failedAttemptsBeforeClosing: 'Failed attempts before suggesting "unreachable"',
  postTreatmentCallHours: 'Post-treatment call after',
  seriesCompleteCheckInDays: 'Series-complete check-in after',
};
