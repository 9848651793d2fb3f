import {
  addCalendarDays,
  addDaysKeepingLocalTime,
  atClinicTime,
  clinicDate,
  clinicTimeOfDay,
  toMillis,
} from '@/lib/clinic-time';
import type { ClinicSettings } from '@/shared/settings/schemas';
import type { Session, TreatmentSeries } from '../../schemas';

/** The last visit that still counts, by number. */
export const lastKept = (series: TreatmentSeries): Session | undefined =>
  series.sessions
    .filter((session) => session.status !== 'cancelled')
    .sort((a, b) => a.number - b.number)
    .at(-1);

/** The series spacing after the last visit, same clinic time of day; tomorrow at that time when that has passed. */
export function proposedStart(series: TreatmentSeries, settings: ClinicSettings, now: number): string {
  const last = lastKept(series);
  const tz = settings.timeZone;
  const ideal = last ? addDaysKeepingLocalTime(last.start, series.spacingDays, tz) : null;
  if (ideal && toMillis(ideal) > now) return ideal;
  const time = last
    ? clinicTimeOfDay(last.start, tz)
    : (settings.openingHours.find((day) => day !== null)?.open ?? '09:00');
  return atClinicTime(addCalendarDays(clinicDate(now, tz), 1), time, tz);
}
