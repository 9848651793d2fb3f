import { hoursOn, TZ, withSaturday } from '@tests/clinic-week';
import type { BusySession, ScheduleContext } from '../availability';

export { TZ } from '@tests/clinic-week';
/** Closed Sundays, 09:00–17:00 on weekdays, 09:00–13:00 on Saturdays. */
export const openingHours = withSaturday;

export function busy(id: string, start: string, durationMinutes = 60, extra: Partial<BusySession> = {}): BusySession {
  return { id, start, durationMinutes, patientName: `Patient ${id}`, clinicianId: 'clin-1', ...extra };
}

export function makeCtx(overrides: Partial<ScheduleContext> = {}): ScheduleContext {
  return { timeZone: TZ, openingHours, closedDates: [], workingHours: null, busy: [], blocks: [], ...overrides };
}

/** `minutes` after midnight clinic time on `day` November 2026, when New York is on EST (UTC-5) all month. */
export function novemberEst(day: number, minutes: number): string {
  return new Date(Date.UTC(2026, 10, day, 5, minutes)).toISOString();
}

/**
 * A busy month: four 45-minute sessions a day (10:00, 12:00, 14:00, 16:00) from 2 to 21 November,
 * and a clinician working 09:30–16:00 on Mondays, Tuesdays and Thursdays.
 */
export function fourBusyWeeks(): ScheduleContext {
  const sessions = Array.from({ length: 80 }, (_, index) =>
    busy(`s-${index}`, novemberEst(2 + Math.floor(index / 4), (10 + (index % 4) * 2) * 60), 45),
  );
  const shift = { open: '09:30', close: '16:00' };
  return makeCtx({ busy: sessions, workingHours: hoursOn({ 1: shift, 2: shift, 4: shift }) });
}
