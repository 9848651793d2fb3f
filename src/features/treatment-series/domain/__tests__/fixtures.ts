import type { WeeklyHours } from '@/features/settings/schemas';
import { atClinicTime } from '@/lib/clinic-time';
import type { BusySession, ScheduleContext } from '../availability';

export const TZ = 'America/New_York';

const weekday = { open: '09:00', close: '17:00' };

/** Closed Sundays, 09:00–17:00 on weekdays, 09:00–13:00 on Saturdays. */
export const openingHours: WeeklyHours = [
  null,
  weekday,
  weekday,
  weekday,
  weekday,
  weekday,
  { open: '09:00', close: '13:00' },
];

/** Clinic-local wall-clock time in New York as a UTC ISO instant. */
export function ny(date: string, time: string): string {
  return atClinicTime(date, time, TZ);
}

export function busy(id: string, start: string, durationMinutes = 60, extra: Partial<BusySession> = {}): BusySession {
  return { id, start, durationMinutes, patientName: `Patient ${id}`, clinicianId: 'clin-1', ...extra };
}

export function makeCtx(overrides: Partial<ScheduleContext> = {}): ScheduleContext {
  return { timeZone: TZ, openingHours, workingHours: null, busy: [], ...overrides };
}
