import {
  addCalendarDays,
  atClinicTime,
  clinicDate,
  HOUR_MS,
  hoursOnDate,
  type Instant,
  MINUTE_MS,
  toIso,
  toMillis,
} from '@/lib/clinic-time';
import type { WeeklyHours } from '@/lib/schema-fields';
import { type AttemptOutcome, failedAttemptOutcomes } from '../schemas';

export type PreferredTime = 'morning' | 'afternoon' | 'evening';

/** Clinic-local windows for each preferred contact time. */
export const preferredTimeWindows = {
  morning: { start: '09:00', end: '12:00' },
  afternoon: { start: '12:00', end: '17:00' },
  evening: { start: '17:00', end: '20:00' },
} as const satisfies Record<PreferredTime, { start: string; end: string }>;

export const MIN_HOURS_BETWEEN_ATTEMPTS = 2;
const SEARCH_DAYS = 14;

export type SuggestNextAttemptInput = {
  preferredTimes: readonly PreferredTime[];
  lastAttemptAt: Instant | null | undefined;
  now: Instant;
  tz: string;
  openingHours: WeeklyHours;
};

/**
 * The earliest instant (rounded up to the minute) that is not before now, at least 2 hours after
 * the last attempt, inside one of the preferred windows (the opening hours when there are no
 * preferences) on a day the clinic is open.
 */
export function suggestNextAttempt(input: SuggestNextAttemptInput): string {
  const nowMs = toMillis(input.now);
  const afterLastMs = input.lastAttemptAt
    ? toMillis(input.lastAttemptAt) + MIN_HOURS_BETWEEN_ATTEMPTS * HOUR_MS
    : nowMs;
  const earliestMs = Math.ceil(Math.max(nowMs, afterLastMs) / MINUTE_MS) * MINUTE_MS;
  const firstDate = clinicDate(earliestMs, input.tz);

  // Stryker disable next-line EqualityOperator: any open day has a free window, so the search ends within 7 days
  for (let offset = 0; offset <= SEARCH_DAYS; offset += 1) {
    const date = addCalendarDays(firstDate, offset);
    const opening = hoursOnDate(input.openingHours, date);
    if (!opening) continue;
    const windows =
      input.preferredTimes.length > 0
        ? input.preferredTimes.map((time) => preferredTimeWindows[time])
        : [{ start: opening.open, end: opening.close }];
    const candidates = windows.flatMap((window) => {
      const startMs = toMillis(atClinicTime(date, window.start, input.tz));
      const endMs = toMillis(atClinicTime(date, window.end, input.tz));
      const candidate = Math.max(startMs, earliestMs);
      return candidate < endMs ? [candidate] : [];
    });
    if (candidates.length > 0) return toIso(Math.min(...candidates));
  }
  throw new RangeError('The clinic is not open on any day of the week');
}

const failedOutcomes: ReadonlySet<string> = new Set(failedAttemptOutcomes);

/**
 * True when the failed attempts (voicemail, no answer, wrong number) since the last 'reached'
 * number at least `threshold`. Attempts are read in time order: by `at` when every attempt has
 * one, otherwise as given (oldest first). 'emailed' neither counts nor resets.
 */
export function shouldSuggestClosing(
  attempts: readonly { outcome: AttemptOutcome | (string & {}); at?: string }[],
  threshold: number,
): boolean {
  const ordered = attempts.every((attempt) => attempt.at)
    ? [...attempts].sort((a, b) => toMillis(a.at ?? 0) - toMillis(b.at ?? 0))
    : attempts;
  let failed = 0;
  for (const attempt of ordered) {
    if (attempt.outcome === 'reached') failed = 0;
    else if (failedOutcomes.has(attempt.outcome)) failed += 1;
  }
  return failed >= threshold;
}
