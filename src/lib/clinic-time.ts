import type { DayHours, WeeklyHours } from '@/features/settings/schemas';
import { dayjs } from '@/lib/dayjs';

/** A point in time: an ISO string with an offset (normally UTC 'Z'), a Date or epoch milliseconds. */
export type Instant = string | number | Date;
/** A clinic-local calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;
/** A clinic-local wall-clock time, 'HH:mm' (seconds allowed: 'HH:mm:ss'). */
export type TimeOfDay = string;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function toMillis(instant: Instant): number {
  const ms = dayjs(instant).valueOf();
  if (Number.isNaN(ms)) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return ms;
}

export function toIso(instant: Instant): string {
  return new Date(toMillis(instant)).toISOString();
}

export function addMinutes(instant: Instant, minutes: number): string {
  return toIso(toMillis(instant) + minutes * MINUTE_MS);
}

function inClinicZone(instant: Instant, timeZone: string) {
  return dayjs(toMillis(instant)).tz(timeZone);
}

export function clinicDate(instant: Instant, timeZone: string): LocalDate {
  return inClinicZone(instant, timeZone).format('YYYY-MM-DD');
}

export function clinicTimeOfDay(instant: Instant, timeZone: string): TimeOfDay {
  return inClinicZone(instant, timeZone).format('HH:mm');
}

/** 0 = Sunday … 6 = Saturday, in the clinic's time zone. */
export function clinicWeekday(instant: Instant, timeZone: string): number {
  return inClinicZone(instant, timeZone).day();
}

/** The UTC instant (ISO) of a clinic-local date and wall-clock time. */
export function atClinicTime(date: LocalDate, time: TimeOfDay, timeZone: string): string {
  const local = dayjs.tz(`${date}T${time}`, timeZone);
  if (!local.isValid()) throw new RangeError(`Invalid clinic date/time: ${date} ${time}`);
  return local.toISOString();
}

export function formatClinic(instant: Instant, timeZone: string, format: string): string {
  return inClinicZone(instant, timeZone).format(format);
}

// Calendar arithmetic on plain dates runs in UTC, where every day has 24 hours.
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: LocalDate, to: LocalDate): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day');
}

export function weekdayOfDate(date: LocalDate): number {
  return dayjs.utc(date).day();
}

/** The same clinic-local wall-clock time, `days` calendar days later (DST-safe). */
export function addDaysKeepingLocalTime(instant: Instant, days: number, timeZone: string): string {
  const local = inClinicZone(instant, timeZone);
  return atClinicTime(addCalendarDays(local.format('YYYY-MM-DD'), days), local.format('HH:mm:ss.SSS'), timeZone);
}

export function startOfClinicDay(instant: Instant, timeZone: string): string {
  return atClinicTime(clinicDate(instant, timeZone), '00:00', timeZone);
}

/** Exclusive end of the clinic-local day: the start of the next one. */
export function startOfNextClinicDay(instant: Instant, timeZone: string): string {
  return atClinicTime(addCalendarDays(clinicDate(instant, timeZone), 1), '00:00', timeZone);
}

/** Last millisecond of the clinic-local day (inclusive end, like dayjs `endOf('day')`). */
export function endOfClinicDay(instant: Instant, timeZone: string): string {
  return toIso(toMillis(startOfNextClinicDay(instant, timeZone)) - 1);
}

export function hoursOnDate(hours: WeeklyHours, date: LocalDate): DayHours | null {
  return hours[weekdayOfDate(date)] ?? null;
}

export function isOpenOn(date: LocalDate, openingHours: WeeklyHours): boolean {
  return hoursOnDate(openingHours, date) !== null;
}

function assertSomeDayOpen(openingHours: WeeklyHours): void {
  if (!openingHours.some((day) => day !== null)) throw new RangeError('The clinic is not open on any day of the week');
}

/** The `n`th open day after `date` (before it when `n` is negative); `n = 0` returns `date`. */
export function addOpenDays(date: LocalDate, n: number, openingHours: WeeklyHours): LocalDate {
  assertSomeDayOpen(openingHours);
  const step = n < 0 ? -1 : 1;
  let current = date;
  for (let remaining = Math.abs(n); remaining > 0; ) {
    current = addCalendarDays(current, step);
    if (isOpenOn(current, openingHours)) remaining -= 1;
  }
  return current;
}

/** The first open day on or after `date`. */
export function firstOpenDayFrom(date: LocalDate, openingHours: WeeklyHours): LocalDate {
  return isOpenOn(date, openingHours) ? date : addOpenDays(date, 1, openingHours);
}

/**
 * The same clinic-local time on the `n`th business day (a day the clinic is open) after the
 * instant's clinic-local day.
 */
export function addBusinessDays(instant: Instant, n: number, openingHours: WeeklyHours, timeZone: string): string {
  const local = inClinicZone(instant, timeZone);
  const date = addOpenDays(local.format('YYYY-MM-DD'), n, openingHours);
  return atClinicTime(date, local.format('HH:mm:ss.SSS'), timeZone);
}

/** Opening time of the first business day after the instant's clinic-local day. */
export function nextBusinessDayOpening(instant: Instant, openingHours: WeeklyHours, timeZone: string): string {
  const date = addOpenDays(clinicDate(instant, timeZone), 1, openingHours);
  const hours = hoursOnDate(openingHours, date);
  if (!hours) throw new RangeError('Expected an open day');
  return atClinicTime(date, hours.open, timeZone);
}
