import { z } from 'zod';
import { timeOfDaySchema, versionSchema } from '@/lib/schema-fields';

export const dayHoursSchema = z
  .object({ open: timeOfDaySchema, close: timeOfDaySchema })
  .refine((hours) => hours.open < hours.close, { message: 'Closing time must be after opening time', path: ['close'] });

/** Index 0 is Sunday, as in `Date#getDay`; null means closed that day. */
export const weeklyHoursSchema = z.array(dayHoursSchema.nullable()).length(7);

export const clinicSettingsSchema = z.object({
  timeZone: z.string().min(1),
  openingHours: weeklyHoursSchema,
  defaultSessionMinutes: z.number().int().min(30).max(60),
  defaultPlannedSessions: z.number().int().min(1).max(12),
  defaultSpacingDays: z.number().int().min(1).max(120),
  responseTargetBusinessDays: z.number().int().min(1).max(10),
  failedAttemptsBeforeClosing: z.number().int().min(1).max(10),
  version: versionSchema,
});

export const updateClinicSettingsSchema = clinicSettingsSchema;

export type DayHours = z.infer<typeof dayHoursSchema>;
export type WeeklyHours = z.infer<typeof weeklyHoursSchema>;
export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;
