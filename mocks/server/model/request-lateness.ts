import { isOpenRequest } from '@/features/contact-requests/domain/request-status';
import { responseDueAt } from '@/features/contact-requests/domain/response-time';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import {
  atClinicTime,
  clinicDate,
  hoursOnDate,
  startOfClinicDay,
  startOfNextClinicDay,
  toMillis,
} from '@/lib/clinic-time';
import { db, onReset } from '../db';

/**
 * Lateness for 10,000 requests without 10,000 time-zone calculations. `responseDueAt` depends
 * only on the clinic-local day a request arrived and on whether it arrived before closing time,
 * so it is computed once per clinic day (two values) and looked up by instant.
 */
interface DueWindow {
  startMs: number;
  endMs: number;
  /** Closing time that day, or null when the clinic is closed. */
  closeMs: number | null;
  dueBeforeCloseMs: number;
  dueAfterCloseMs: number;
}

const DAY_MS = 86_400_000;
/** UTC day number → the clinic days overlapping it. */
let windowsByUtcDay = new Map<number, DueWindow[]>();

export function clearRequestDueTimes(): void {
  windowsByUtcDay = new Map();
}
onReset(clearRequestDueTimes);

function dueMsFor(receivedAtMs: number): number {
  const { responseTargetBusinessDays: target, openingHours, timeZone } = db.settings;
  return toMillis(responseDueAt(receivedAtMs, target, openingHours, timeZone));
}

function windowOf(date: string, instantInDay: number): DueWindow {
  const { openingHours, timeZone } = db.settings;
  const startMs = toMillis(startOfClinicDay(instantInDay, timeZone));
  const hours = hoursOnDate(openingHours, date);
  const closeMs = hours ? toMillis(atClinicTime(date, hours.close, timeZone)) : null;
  return {
    startMs,
    endMs: toMillis(startOfNextClinicDay(instantInDay, timeZone)),
    closeMs,
    dueBeforeCloseMs: dueMsFor(startMs),
    dueAfterCloseMs: dueMsFor(closeMs ?? startMs),
  };
}

function windowsOfUtcDay(day: number): DueWindow[] {
  const cached = windowsByUtcDay.get(day);
  if (cached) return cached;
  const { timeZone } = db.settings;
  const windows: DueWindow[] = [];
  for (let instant = day * DAY_MS; instant < (day + 1) * DAY_MS; ) {
    const window = windowOf(clinicDate(instant, timeZone), instant);
    windows.push(window);
    instant = window.endMs;
  }
  windowsByUtcDay.set(day, windows);
  return windows;
}

/** When first contact is due (epoch ms), as `responseDueAt` computes it. */
export function requestDueMs(request: Pick<ContactRequest, 'receivedAt'>): number {
  const receivedMs = Date.parse(request.receivedAt);
  const window = windowsOfUtcDay(Math.floor(receivedMs / DAY_MS)).find(
    (candidate) => candidate.startMs <= receivedMs && receivedMs < candidate.endMs,
  );
  if (!window) return dueMsFor(receivedMs);
  return window.closeMs !== null && receivedMs < window.closeMs ? window.dueBeforeCloseMs : window.dueAfterCloseMs;
}

/** An open request whose first contact came (or is still waiting) after the due time, as in `responseStatus`. */
export function isLate(request: ContactRequest, nowMs: number): boolean {
  if (!isOpenRequest(request.status)) return false;
  const waitedUntilMs = request.firstContactAt ? Date.parse(request.firstContactAt) : nowMs;
  return waitedUntilMs > requestDueMs(request);
}
