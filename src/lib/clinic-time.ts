import { dayjs } from '@/lib/dayjs';
import type { DayHours, WeeklyHours } from '@/lib/schema-fields';
import { zoneFormatter } from '@/lib/zone-formatter';

/** A point in time: an ISO string with an offset (normally UTC 'Z'), a Date or epoch milliseconds. */
export type Instant = string | number | Date;
/** A clinic-local calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;
/** A clinic-local wall-clock time, 'HH:mm' (seconds allowed: 'HH:mm:ss'). */
export type TimeOfDay = string;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function toMillis(instant: Instant): number {
  let ms = instant instanceof Date ? instant.getTime() : instant;
  if (typeof ms === 'string') ms = Date.parse(ms);
  if (Number.isNaN(ms)) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return ms;
}

export function toIso(instant: Instant): string {
  return new Date(toMillis(instant)).toISOString();
}

export function addMinutes(instant: Instant, minutes: number): string {
  return toIso(toMillis(instant) + minutes * MINUTE_MS);
}

/** How far the zone's wall clock is ahead of UTC at the instant, in ms (negative west of Greenwich). */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of zoneFormatter(timeZone).formatToParts(ms)) fields[part.type] = Number(part.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const wholeSecondMs = ms - (((ms % 1000) + 1000) % 1000);
  return wallMs - wholeSecondMs;
}

/**
 * The clinic's wall-clock reading of an instant, as a Date whose UTC fields are that reading
 * (so `getUTCHours()` is the clinic's hour).
 */
function clinicWallClock(instant: Instant, timeZone: string): Date {
  const ms = toMillis(instant);
  return new Date(ms + zoneOffsetMs(ms, timeZone));
}

/**
 * The instant at which the zone's wall clock reads `wallMs` (wall-clock fields read as UTC).
 * A reading the clock skips (spring forward) moves forward by the gap, like the clock does; a
 * reading it shows twice (fall back) is the earlier instant.
 */
function instantOfWallClock(wallMs: number, timeZone: string): number {
  const before = zoneOffsetMs(wallMs - DAY_MS, timeZone);
  const after = zoneOffsetMs(wallMs + DAY_MS, timeZone);
  const earlier = wallMs - Math.max(before, after);
  const later = wallMs - Math.min(before, after);
  if (zoneOffsetMs(earlier, timeZone) + earlier === wallMs) return earlier;
  if (zoneOffsetMs(later, timeZone) + later === wallMs) return later;
  // Skipped: read the wall time with the offset in force before the change.
  return wallMs - before;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function datePart(wall: Date): LocalDate {
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

function timePart(wall: Date): TimeOfDay {
  return `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

export function clinicDate(instant: Instant, timeZone: string): LocalDate {
  return datePart(clinicWallClock(instant, timeZone));
}

export function clinicTimeOfDay(instant: Instant, timeZone: string): TimeOfDay {
  return timePart(clinicWallClock(instant, timeZone));
}

/** 0 = Sunday … 6 = Saturday, in the clinic's time zone. */
export function clinicWeekday(instant: Instant, timeZone: string): number {
  return clinicWallClock(instant, timeZone).getUTCDay();
}

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timeOfDayPattern = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** A plain date as UTC midnight, checked to be a real calendar date. */
function utcMidnight(date: LocalDate): number {
  const match = localDatePattern.exec(date);
  if (!match) throw new RangeError(`Invalid date: ${date}`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 30 February over into March: a real date reads back as itself.
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`Invalid date: ${date}`);
  return ms;
}

function timeOfDayMs(time: TimeOfDay): number {
  const match = timeOfDayPattern.exec(time);
  // Stryker disable next-line StringLiteral: atClinicTime, the only caller, throws its own message instead
  if (!match) throw new RangeError(`Invalid time: ${time}`);
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? 0);
  // Stryker disable next-line StringLiteral: atClinicTime, the only caller, throws its own message instead
  if (hours > 23 || minutes > 59 || seconds > 59) throw new RangeError(`Invalid time: ${time}`);
  const milliseconds = Number((match[4] ?? '').padEnd(3, '0'));
  return hours * HOUR_MS + minutes * MINUTE_MS + seconds * 1000 + milliseconds;
}

/** The UTC instant (ISO) of a clinic-local date and wall-clock time. */
export function atClinicTime(date: LocalDate, time: TimeOfDay, timeZone: string): string {
  let wallMs: number;
  try {
    wallMs = utcMidnight(date) + timeOfDayMs(time);
  } catch {
    throw new RangeError(`Invalid clinic date/time: ${date} ${time}`);
  }
  return toIso(instantOfWallClock(wallMs, timeZone));
}

/** Formats the clinic's wall-clock reading of the instant with dayjs tokens ('ddd D MMM HH:mm'). */
export function formatClinic(instant: Instant, timeZone: string, format: string): string {
  return dayjs.utc(clinicWallClock(instant, timeZone)).format(format);
}

// Calendar arithmetic on plain dates runs in UTC, where every day has 24 hours.
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return datePart(new Date(utcMidnight(date) + days * DAY_MS));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

export function weekdayOfDate(date: LocalDate): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

function wallTimeOfDayMs(wall: Date): number {
  return ((wall.getTime() % DAY_MS) + DAY_MS) % DAY_MS;
}

/** The same clinic-local wall-clock time, `days` calendar days later (DST-safe). */
export function addDaysKeepingLocalTime(instant: Instant, days: number, timeZone: string): string {
  const wall = clinicWallClock(instant, timeZone);
  return toIso(instantOfWallClock(wall.getTime() + days * DAY_MS, timeZone));
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
  // Stryker disable next-line EqualityOperator: n = 0 takes no step either way
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
  const wall = clinicWallClock(instant, timeZone);
  const date = addOpenDays(datePart(wall), n, openingHours);
  return toIso(instantOfWallClock(utcMidnight(date) + wallTimeOfDayMs(wall), timeZone));
}

/** Opening time of the first business day after the instant's clinic-local day. */
export function nextBusinessDayOpening(instant: Instant, openingHours: WeeklyHours, timeZone: string): string {
  const date = addOpenDays(clinicDate(instant, timeZone), 1, openingHours);
  const hours = hoursOnDate(openingHours, date);
  // Stryker disable next-line ConditionalExpression,StringLiteral: addOpenDays returns an open day (or throws); this only narrows the type
  if (!hours) throw new RangeError('Expected an open day');
  return atClinicTime(date, hours.open, timeZone);
}
