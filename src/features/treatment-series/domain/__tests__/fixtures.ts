import { TZ, withSaturday } from '../../../../../tests/clinic-week';
import type { BusySession, ScheduleContext } from '../availability';

export { ny, TZ } from '../../../../../tests/clinic-week';
/** Closed Sundays, 09:00–17:00 on weekdays, 09:00–13:00 on Saturdays. */
export const openingHours = withSaturday;

export function busy(id: string, start: string, durationMinutes = 60, extra: Partial<BusySession> = {}): BusySession {
  return { id, start, durationMinutes, patientName: `Patient ${id}`, clinicianId: 'clin-1', ...extra };
}

export function makeCtx(overrides: Partial<ScheduleContext> = {}): ScheduleContext {
  return { timeZone: TZ, openingHours, closedDates: [], workingHours: null, busy: [], blocks: [], ...overrides };
}
