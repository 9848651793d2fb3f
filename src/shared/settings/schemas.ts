import { z } from 'zod';
import { calendarDateSchema, versionSchema, weeklyHoursSchema } from '@/lib/schema-fields';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

export const clinicSettingsSchema = z.object({
  /** An IANA zone such as "America/New_York". */
  timeZone: z.string().refine(isTimeZone, 'Choose a time zone from the list'),
  openingHours: weeklyHoursSchema,
  defaultSessionMinutes: z.number().int().min(30).max(60),
  defaultPlannedSessions: z.number().int().min(1).max(12),
  defaultSpacingDays: z.number().int().min(1).max(120),
  responseTargetBusinessDays: z.number().int().min(1).max(10),
  failedAttemptsBeforeClosing: z.number().int().min(1).max(10),
  /** Days the clinic is closed whatever its weekly hours (holidays), as clinic calendar dates. */
  closedDates: z
    .array(calendarDateSchema)
    .max(366, 'List at most 366 closed dates')
    .transform((dates) => [...new Set(dates)].sort()),
  /** The post-treatment call falls due this many hours after the visit ends (then into opening hours). */
  postTreatmentCallHours: z.number().int().min(24).max(240),
  /** The series-complete check-in falls due this many days after the last visit. */
  seriesCompleteCheckInDays: z.number().int().min(1).max(120),
  version: versionSchema,
});

export const updateClinicSettingsSchema = clinicSettingsSchema;

export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;
/** Every setting staff can change (all but the version). */
export const settingFields = Object.keys(clinicSettingsSchema.shape).filter(
  (key): key is Exclude<keyof ClinicSettings, 'version'> => key !== 'version',
);
