import {
  addCalendarDays,
  atClinicTime,
  calendarDaysBetween,
  clinicDate,
  clinicTimeOfDay,
  hoursOnDate,
  type Instant,
  toMillis,
} from '@/lib/clinic-time';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { type FollowUpBucket, type FollowUpCall, openFollowUpStatuses } from './schemas';

/** "Upcoming" reaches this many clinic days after today; "done recently" as far back. */
export const QUEUE_WINDOW_DAYS = 7;

type Hours = Pick<ClinicSettings, 'openingHours' | 'closedDates'>;

export const isOpenCall = (call: Pick<FollowUpCall, 'status'>): boolean =>
  (openFollowUpStatuses as readonly string[]).includes(call.status);

/**
 * The queue's bucket of a call, by clinic calendar day: an open call due before today is
 * overdue, due today (at any hour) is today, in the next 7 days upcoming; a call closed in the
 * last 7 days is done recently. Anything else (due later, closed long ago) is in no bucket.
 */
export function callBucket(
  call: Pick<FollowUpCall, 'status' | 'dueAt' | 'doneAt'>,
  now: Instant,
  timeZone: string,
): FollowUpBucket | null {
  const today = clinicDate(now, timeZone);
  if (!isOpenCall(call)) {
    if (!call.doneAt) return null;
    const daysAgo = calendarDaysBetween(clinicDate(call.doneAt, timeZone), today);
    return daysAgo >= 0 && daysAgo < QUEUE_WINDOW_DAYS ? 'done_recently' : null;
  }
  const days = calendarDaysBetween(today, clinicDate(call.dueAt, timeZone));
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= QUEUE_WINDOW_DAYS ? 'upcoming' : null;
}

/** "2 days overdue", "today", "tomorrow", "in 3 days": clinic calendar days from now. */
export function relativeDue(dueAt: Instant, now: Instant, timeZone: string): string {
  const days = calendarDaysBetween(clinicDate(now, timeZone), clinicDate(dueAt, timeZone));
  if (days < 0) return `${-days} day${days === -1 ? '' : 's'} overdue`;
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

const isOpenDate = (date: string, settings: Hours) =>
  !settings.closedDates.includes(date) && hoursOnDate(settings.openingHours, date) !== null;

/** True when the instant falls inside opening hours on a day the clinic is open. */
export function isInsideOpeningHours(instant: Instant, timeZone: string, settings: Hours): boolean {
  const date = clinicDate(instant, timeZone);
  const hours = isOpenDate(date, settings) ? hoursOnDate(settings.openingHours, date) : null;
  if (!hours) return false;
  const ms = toMillis(instant);
  return (
    ms >= toMillis(atClinicTime(date, hours.open, timeZone)) && ms < toMillis(atClinicTime(date, hours.close, timeZone))
  );
}

/**
 * The first open day from `date` (as many days ahead as needed), at `time` kept inside that
 * day's opening hours: earlier than opening becomes the opening, at or after closing the last hour.
 */
export function openSlotFrom(date: string, time: string, timeZone: string, settings: Hours): string {
  for (let offset = 0; offset < 60; offset += 1) {
    const day = addCalendarDays(date, offset);
    const hours = hoursOnDate(settings.openingHours, day);
    if (!hours || !isOpenDate(day, settings)) continue;
    const lastHour = `${String(Number(hours.close.slice(0, 2)) - 1).padStart(2, '0')}:${hours.close.slice(3)}`;
    const clamped = time < hours.open ? hours.open : time >= hours.close ? lastHour : time;
    return atClinicTime(day, clamped, timeZone);
  }
  throw new RangeError('The clinic is not open in the next 60 days');
}

/** Postponing to "tomorrow" or "next week": at the same clinic time as the call was due, on an open day. */
export function postponeChoices(dueAt: Instant, now: Instant, timeZone: string, settings: Hours) {
  const today = clinicDate(now, timeZone);
  const time = clinicTimeOfDay(dueAt, timeZone);
  return {
    tomorrow: openSlotFrom(addCalendarDays(today, 1), time, timeZone, settings),
    nextWeek: openSlotFrom(addCalendarDays(today, 7), time, timeZone, settings),
  };
}
