import {
  addOpenDays,
  atClinicTime,
  clinicDate,
  clinicTimeOfDay,
  hoursOnDate,
  type Instant,
  MINUTE_MS,
  toMillis,
} from '@/lib/clinic-time';
import type { WeeklyHours } from '@/lib/schema-fields';
import type { ClinicSettings } from '@/shared/settings/schemas';

/**
 * First contact is due at closing time on the Nth open day after the start day, where the start
 * day is the clinic-local day the request arrived if the clinic is open that day and it arrived
 * before closing, and otherwise the next open day.
 */
export function responseDueAt(
  receivedAt: Instant,
  targetBusinessDays: number,
  openingHours: WeeklyHours,
  timeZone: string,
): string {
  const receivedDate = clinicDate(receivedAt, timeZone);
  const receivedDayHours = hoursOnDate(openingHours, receivedDate);
  const countsToday = receivedDayHours !== null && clinicTimeOfDay(receivedAt, timeZone) < receivedDayHours.close;
  const startDate = countsToday ? receivedDate : addOpenDays(receivedDate, 1, openingHours);
  const dueDate = addOpenDays(startDate, targetBusinessDays, openingHours);
  const dueHours = hoursOnDate(openingHours, dueDate);
  // Stryker disable next-line ConditionalExpression,StringLiteral: addOpenDays returns an open day (or throws); this only narrows the type
  if (!dueHours) throw new RangeError('Expected an open day');
  return atClinicTime(dueDate, dueHours.close, timeZone);
}

export type ResponseLevel = 'ok' | 'soon' | 'late';

export type ResponseStatus = { waitingMinutes: number; dueAt: string; late: boolean; level: ResponseLevel };

/** Below this share of the target window left, an uncontacted request is 'soon'. */
const SOON_SHARE = 0.25;

export function responseStatus(
  request: { receivedAt: string; firstContactAt: string | null | undefined },
  now: Instant,
  settings: Pick<ClinicSettings, 'timeZone' | 'openingHours' | 'responseTargetBusinessDays'>,
): ResponseStatus {
  const receivedMs = toMillis(request.receivedAt);
  const dueAt = responseDueAt(
    request.receivedAt,
    settings.responseTargetBusinessDays,
    settings.openingHours,
    settings.timeZone,
  );
  const dueMs = toMillis(dueAt);
  const contactedMs = request.firstContactAt ? toMillis(request.firstContactAt) : null;
  const waitedUntilMs = contactedMs ?? toMillis(now);
  const waitingMinutes = Math.max(0, Math.floor((waitedUntilMs - receivedMs) / MINUTE_MS));
  const late = waitedUntilMs > dueMs;
  let level: ResponseLevel = late ? 'late' : 'ok';
  if (!late && contactedMs === null && dueMs - waitedUntilMs < (dueMs - receivedMs) * SOON_SHARE) level = 'soon';
  return { waitingMinutes, dueAt, late, level };
}

/** '45 min', '3 h 20 min', '2 d 4 h'. */
export function formatWaiting(minutes: number): string {
  const total = Math.max(0, Math.floor(minutes));
  if (total < 60) return `${total} min`;
  const hours = Math.floor(total / 60);
  if (hours < 24) {
    const rest = total % 60;
    return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours > 0 ? `${days} d ${restHours} h` : `${days} d`;
}
