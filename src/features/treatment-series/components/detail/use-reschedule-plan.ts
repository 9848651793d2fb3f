import { calendarDaysBetween, clinicDate } from '@/lib/clinic-time';
import { serverNow } from '@/lib/server-clock';
import { useSettings } from '@/shared/settings/api/get-settings';
import { shiftLaterSessions } from '../../domain/proposals';
import type { Session, TreatmentSeries } from '../../schemas';
import { type PlannedVisit, sameDayFreeSlots } from './plan-check';
import { minutesOf, type SlotValues, startOf } from './slot-form';
import { usePlanCheck } from './use-plan-check';

const byNumber = (a: Session, b: Session) => a.number - b.number;

/**
 * Moving `session` to the typed time (and, with `shiftLater`, every later scheduled visit by
 * the same number of days), checked live against the clinician's schedule.
 */
export function useReschedulePlan(series: TreatmentSeries, session: Session, values: SlotValues, shiftLater: boolean) {
  const settings = useSettings();
  const tz = settings.timeZone;
  const now = serverNow().getTime();
  const start = startOf(values, tz);
  const minutes = minutesOf(values, session.durationMinutes);
  const kept = series.sessions
    .filter((other) => other.status !== 'cancelled' && other.id !== session.id)
    .sort(byNumber);
  const before = kept.filter((other) => other.number < session.number).at(-1);
  const later = kept.filter((other) => other.number > session.number && other.status === 'scheduled');
  const shifted = start ? shiftLaterSessions(series.sessions, session.number, start, tz) : [];
  const moving = shiftLater ? new Set(shifted.map((visit) => visit.id)) : new Set<string>();
  const after = kept.find((other) => other.number > session.number && !moving.has(other.id));

  const moved: PlannedVisit | null = start
    ? { id: session.id, number: session.number, start, durationMinutes: minutes, previousStart: session.start }
    : null;
  const durationOf = (id: string) => series.sessions.find((other) => other.id === id)?.durationMinutes ?? minutes;
  const visits: PlannedVisit[] = moved
    ? [
        moved,
        ...shifted
          .filter((visit) => moving.has(visit.id))
          .map((visit) => ({ ...visit, durationMinutes: durationOf(visit.id) })),
      ]
    : [];
  const { check, ctx, scheduleState } = usePlanCheck(series, { before, visits, after, settings, now });
  const firstSlot = check.visits[0]?.slot;
  const suggestions =
    ctx && moved && firstSlot && firstSlot.kind !== 'free'
      ? sameDayFreeSlots(moved.start, minutes, ctx, [session.id], now)
      : [];
  return {
    start,
    minutes,
    before,
    later,
    daysMoved: start ? calendarDaysBetween(clinicDate(session.start, tz), clinicDate(start, tz)) : 0,
    check,
    scheduleState,
    suggestions,
  };
}
