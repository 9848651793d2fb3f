import type { WeeklyHours } from '@/lib/schema-fields';

/*
 * Domain tests' clinic: New York, with the hours below. Expected instants are written out in UTC:
 * New York is on EDT (UTC-4) until 1 November 2026 and on EST (UTC-5) from then on, so 10:00
 * clinic time is 14:00Z on 26 October and 15:00Z on 9 November.
 */
export const TZ = 'America/New_York';

const weekday = { open: '09:00', close: '17:00' };

/** Closed at weekends, 09:00–17:00 Monday to Friday. */
export const weekdayHours: WeeklyHours = [null, weekday, weekday, weekday, weekday, weekday, null];
/** Closed Sundays, 09:00–17:00 on weekdays, 09:00–13:00 on Saturdays. */
export const withSaturday: WeeklyHours = [
  null,
  weekday,
  weekday,
  weekday,
  weekday,
  weekday,
  { open: '09:00', close: '13:00' },
];

/** Opening hours on the given weekdays (0 = Sunday), closed on the others. */
export function hoursOn(days: Record<number, { open: string; close: string }>): WeeklyHours {
  return [0, 1, 2, 3, 4, 5, 6].map((day) => days[day] ?? null);
}
