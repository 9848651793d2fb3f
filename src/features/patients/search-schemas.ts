import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '@/lib/schema-fields';
import { screeningFlags } from './schemas';

/**
 * A series' progress as the patients list shows it. The same values as treatment-series'
 * `seriesProgressStatuses` (patients may import no other feature; a unit test keeps them equal).
 */
export const seriesStates = ['on_track', 'needs_booking', 'overdue', 'completed', 'discontinued'] as const;
export const seriesStateLabels: Record<SeriesState, string> = {
  on_track: 'On track',
  needs_booking: 'Needs booking',
  overdue: 'Overdue',
  completed: 'Completed',
  discontinued: 'Discontinued',
};

export const patientSorts = ['name', 'nextVisit', 'lastContact'] as const;

/** The list's view and the search text, all in the body of `POST /patients/search`. */
export const patientSearchInputSchema = z.object({
  /** Part of a name, an email address or a phone number (3 digits or more). */
  text: z.string().trim().max(100, 'Search text is limited to 100 characters').default(''),
  activeSeries: z.boolean().default(false),
  /** An active series whose next visit is not booked (needs booking or overdue). */
  needsBooking: z.boolean().default(false),
  /** Screening flags a clinician should review. */
  needsReview: z.boolean().default(false),
  sort: z.enum(patientSorts).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(50),
});

export const patientRowSchema = z.object({
  id: idSchema,
  name: z.string(),
  phone: z.string(),
  screeningFlags: z.array(z.enum(screeningFlags)),
  /** The active series, else the newest one. */
  currentSeries: z
    .object({
      id: idSchema,
      state: z.enum(seriesStates),
      completedVisits: z.number().int().nonnegative(),
      plannedVisits: z.number().int().min(1),
    })
    .nullable(),
  nextVisitAt: isoDateTimeSchema.nullable(),
  /** The latest contact attempt on one of their requests or the latest call made. */
  lastContactAt: isoDateTimeSchema.nullable(),
  /** Open requests flagged as possibly this patient. */
  possibleDuplicates: z.number().int().nonnegative(),
});

export type SeriesState = (typeof seriesStates)[number];
export type PatientSort = (typeof patientSorts)[number];
export type PatientSearchInput = z.input<typeof patientSearchInputSchema>;
export type PatientRow = z.infer<typeof patientRowSchema>;
