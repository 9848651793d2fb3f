import { addCalendarDays, addDaysKeepingLocalTime, atClinicTime, clinicDate, hoursOnDate } from '@/lib/clinic-time';
import type { DayHours } from '@/lib/schema-fields';
import type { ClinicSettings } from '@/shared/settings/schemas';
import type { StaffMember } from '@/shared/staff/schemas';

export const sessionMinutes = 45;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const later = (a: string, b: string) => (a > b ? a : b);

interface PlanInput {
  settings: ClinicSettings;
  clinician: StaffMember;
  sessions: number;
  spacingDays: number;
  now: number;
  random: () => number;
  /** Days this run has planned already (with this clinician, at the same hour): they are skipped, and the plan's days added. */
  taken: Set<string>;
}

/**
 * Session starts `spacingDays` apart at the first hour when both the clinic and the clinician
 * are open (not on a closed date), from a random day one to five years ahead, so runs of the
 * suite rarely meet, and never on a day `taken` holds; null when no such day turns up.
 */
export function planOnOpenDays({ settings, clinician, sessions, spacingDays, now, random, taken }: PlanInput) {
  const hours = clinician.workingHours ?? settings.openingHours;
  const opening = (date: string): string | null => {
    if (settings.closedDates.includes(date)) return null;
    const clinic = hoursOnDate(settings.openingHours, date);
    const own = hoursOnDate(hours, date);
    if (!clinic || !own) return null;
    const start = later(clinic.open, own.open);
    const fits = (day: DayHours) => minutesOf(day.close) - minutesOf(start) >= 2 * sessionMinutes;
    return fits(clinic) && fits(own) ? start : null;
  };
  const today = clinicDate(now, settings.timeZone);
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const first = addCalendarDays(today, 365 + Math.floor(random() * 4 * 365));
    const time = opening(first);
    const dates = Array.from({ length: sessions }, (_, index) => addCalendarDays(first, index * spacingDays));
    if (time && dates.every((date) => opening(date) === time && !taken.has(date))) {
      for (const date of dates) taken.add(date);
      const start = atClinicTime(first, time, settings.timeZone);
      return dates.map((_, index) => ({
        start: addDaysKeepingLocalTime(start, index * spacingDays, settings.timeZone),
        durationMinutes: sessionMinutes,
      }));
    }
  }
  return null;
}

/** The clinic's opening time on the first day it is open at least `daysAhead` calendar days from now. */
export function openingAhead(settings: ClinicSettings, now: number, daysAhead: number): string {
  const today = clinicDate(now, settings.timeZone);
  for (let offset = daysAhead; offset < daysAhead + 30; offset += 1) {
    const date = addCalendarDays(today, offset);
    const hours = settings.closedDates.includes(date) ? null : hoursOnDate(settings.openingHours, date);
    if (hours) return atClinicTime(date, hours.open, settings.timeZone);
  }
  throw new Error('The clinic is closed for a month from then');
}
