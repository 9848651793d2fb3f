import { addCalendarDays, atClinicTime, clinicDate, type Instant, weekdayOfDate } from '@/lib/clinic-time';

/** Monday 00:00 of the instant's clinic week. */
export function startOfClinicWeek(instant: Instant, timeZone: string): string {
  const date = clinicDate(instant, timeZone);
  const daysSinceMonday = (weekdayOfDate(date) + 6) % 7;
  return atClinicTime(addCalendarDays(date, -daysSinceMonday), '00:00', timeZone);
}

/** The middle value (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** A share as a whole percentage, or null when there is nothing to share out. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}
