import { atClinicTime } from '@/lib/clinic-time';
import type { WeeklyHours } from '@/lib/schema-fields';

/** Domain tests' clinic: New York, with the hours below. */
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

/** Clinic-local wall-clock time in New York as a UTC ISO instant. */
export function ny(date: string, time: string): string {
  return atClinicTime(date, time, TZ);
}
