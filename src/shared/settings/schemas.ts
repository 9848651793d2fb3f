import { z } from 'zod';
import { calendarDateSchema, versionSchema, weeklyHoursSchema } from '@/lib/schema-fields';

export const clinicSettingsSchema = z.object({
  timeZone: z.string().min(1),
  openingHours: weeklyHoursSchema,
  defaultSessionMinutes: z.number().int().min(30).max(60),
  defaultPlannedSessions: z.number().int().min(1).max(12),
  defaultSpacingDays: z.number().int().min(1).max(120),
  responseTargetBusinessDays: z.number().int().min(1).max(10),
  failedAttemptsBeforeClosing: z.number().int().min(1).max(10),
  /** Days the clinic is closed whatever its weekly hours (holidays), as clinic calendar dates. */
  closedDates: z.array(calendarDateSchema).max(366),
  /** The post-treatment call falls due this many hours after the visit ends (then into opening hours). */
  postTreatmentCallHours: z.number().int().min(24).max(240),
  /** The series-complete check-in falls due this many days after the last visit. */
  seriesCompleteCheckInDays: z.number().int().min(1).max(120),
  version: versionSchema,
});

export const updateClinicSettingsSchema = clinicSettingsSchema;

export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;
