import { z } from 'zod';
import { screeningFlags } from '@/features/patients/schemas';
import { scheduleEntrySchema, scheduleQuerySchema } from '@/features/treatment-series/schedule-schemas';
import { isoDateTimeSchema } from '@/lib/schema-fields';

/** A visit as Today shows it: the schedule entry, when the patient was last treated, what to review first. */
export const todayVisitSchema = scheduleEntrySchema.extend({
  /** Start of the series' latest completed visit before this one; null for a first visit. */
  previousVisitStart: isoDateTimeSchema.nullable(),
  /** The patient's screening flags: each asks the clinician to review before treating. */
  screeningFlags: z.array(z.enum(screeningFlags)),
});

/** A time range (`to` exclusive), optionally one clinician's; cancelled visits are left out. */
export const todayVisitsQuerySchema = scheduleQuerySchema;

/** This week's figures for the admin: from Monday 00:00 in clinic time until now. */
export const weekFiguresSchema = z.object({
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
  responseTargetBusinessDays: z.number().int(),
  requestsReceived: z.number().int().nonnegative(),
  /** Received this week and first contacted (or still waiting) after the response target. */
  lateRequests: z.number().int().nonnegative(),
  /** Median minutes from receipt to first contact, over this week's contacted requests. */
  medianFirstContactMinutes: z.number().nonnegative().nullable(),
  /** Visits this week recorded as completed or no-show. */
  visitsRecorded: z.number().int().nonnegative(),
  noShows: z.number().int().nonnegative(),
  seriesCompleted: z.number().int().nonnegative(),
  seriesDiscontinued: z.number().int().nonnegative(),
});

export type TodayVisit = z.infer<typeof todayVisitSchema>;
export type WeekFigures = z.infer<typeof weekFiguresSchema>;
