import {
  addCalendarDays,
  atClinicTime,
  clinicDate,
  hoursOnDate,
  type Instant,
  type LocalDate,
  type TimeOfDay,
  toIso,
  toMillis,
} from '@/lib/clinic-time';
import type { WeeklyHours } from '@/lib/schema-fields';

/** When the clinic can make calls: its zone, weekly hours and closed dates (from settings). */
export type CallHours = { timeZone: string; openingHours: WeeklyHours; closedDates: readonly LocalDate[] };

/** A patient's preferred contact times, as the website form asks for them. */
export type PreferredCallTime = 'morning' | 'afternoon' | 'evening';

/** Clinic-local windows; '24:00' only ever caps a window (the day's closing time wins). */
const preferredWindows: Record<PreferredCallTime, { from: TimeOfDay; to: TimeOfDay }> = {
  morning: { from: '00:00', to: '12:00' },
  afternoon: { from: '12:00', to: '17:00' },
  evening: { from: '17:00', to: '24:00' },
};

/** Searched this far ahead for a preferred time before settling for any opening time. */
const preferenceSearchDays = 14;
/** No clinic is closed for longer (a guard against settings that never open). */
const maxSearchDays = 370;

const later = (a: TimeOfDay, b: TimeOfDay) => (a > b ? a : b);
const earlier = (a: TimeOfDay, b: TimeOfDay) => (a < b ? a : b);

/** The day's call windows: its opening hours, narrowed to the preferred times when there are any. */
function windowsOn(date: LocalDate, hours: CallHours, preferred: readonly PreferredCallTime[]) {
  const open = hoursOnDate(hours.openingHours, date);
  if (!open || hours.closedDates.includes(date)) return [];
  if (preferred.length === 0) return [{ from: open.open, to: open.close }];
  return preferred
    .map((time) => preferredWindows[time])
    .map((window) => ({ from: later(window.from, open.open), to: earlier(window.to, open.close) }))
    .filter((window) => window.from < window.to)
    .sort((a, b) => a.from.localeCompare(b.from));
}

function firstWindowInstant(
  earliestMs: number,
  hours: CallHours,
  preferred: readonly PreferredCallTime[],
  days: number,
): string | null {
  const firstDate = clinicDate(earliestMs, hours.timeZone);
  for (let offset = 0; offset < days; offset += 1) {
    const date = addCalendarDays(firstDate, offset);
    for (const window of windowsOn(date, hours, preferred)) {
      const endMs = toMillis(atClinicTime(date, window.to, hours.timeZone));
      const startMs = Math.max(toMillis(atClinicTime(date, window.from, hours.timeZone)), earliestMs);
      // The window's end is closing time: a call due then would be after hours.
      if (startMs < endMs) return toIso(startMs);
    }
  }
  return null;
}

/**
 * When a call falls due (SPEC rule 11): the first moment at or after `earliest` when the clinic
 * is open, on a day it opens and is not closed (holidays), never at or after closing. With the
 * patient's preferred times it waits for one of those within two weeks, else any opening time.
 */
export function callDueAt(earliest: Instant, hours: CallHours, preferred: readonly PreferredCallTime[] = []): string {
  const earliestMs = toMillis(earliest);
  const fitting =
    (preferred.length > 0 ? firstWindowInstant(earliestMs, hours, preferred, preferenceSearchDays) : null) ??
    firstWindowInstant(earliestMs, hours, [], maxSearchDays);
  if (!fitting) throw new RangeError('The clinic is not open on any day in the coming year');
  return fitting;
}
