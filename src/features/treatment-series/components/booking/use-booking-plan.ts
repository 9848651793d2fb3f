import { useMemo, useState } from 'react';
import {
  addCalendarDays,
  atClinicTime,
  calendarDaysBetween,
  clinicDate,
  type LocalDate,
  MINUTE_MS,
  toMillis,
} from '@/lib/clinic-time';
import { serverNow } from '@/lib/server-clock';
import type { ClinicSettings } from '@/shared/settings/schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { bookableHoursOn, freeSlots, nearestFreeSlot, type ScheduleContext } from '../../domain/availability';
import { type PlannedRow, planSessions } from './plan-sessions';
import { useClinicianDiary } from './use-clinician-diary';

/** Visit 1 can be picked on any open day this many days ahead (a clinic books months ahead). */
export const pickDays = 366;
/** How far past the spaced date a taken proposal may move (the domain's default). */
const searchDays = 28;
/** The earliest start offered: staff need time to tell the patient. */
const leadMinutes = 60;

export type PlanSettings = {
  clinicianId: string | null;
  plannedSessions: number | '';
  spacingDays: number | '';
  durationMinutes: number;
};

type Options = {
  settings: ClinicSettings;
  clinicians: StaffMember[];
  defaultClinicianId: string | null;
  patientName: string;
  /** Visit 1 chosen before the form opened (a free slot on the calendar). */
  initialStart?: string | null;
  /** Called on every change the person makes (a refused booking's message then goes away). */
  onEdit: () => void;
};

/** Free starts on one clinic day, none before `earliestMs`. */
function freeSlotsOn(date: LocalDate, ctx: ScheduleContext, earliestMs: number, durationMinutes: number): string[] {
  const { timeZone } = ctx;
  const dayStartMs = toMillis(atClinicTime(date, '00:00', timeZone));
  const end = atClinicTime(addCalendarDays(date, 1), '00:00', timeZone);
  return freeSlots(Math.max(dayStartMs, earliestMs), end, durationMinutes, ctx);
}

/** Everything the booking form decides, and the sessions that follow from it, checked live. */
export function useBookingPlan({
  settings,
  clinicians,
  defaultClinicianId,
  patientName,
  initialStart,
  onEdit,
}: Options) {
  const { timeZone } = settings;
  const [plan, setPlan] = useState<PlanSettings>({
    clinicianId: defaultClinicianId,
    plannedSessions: settings.defaultPlannedSessions,
    spacingDays: settings.defaultSpacingDays,
    durationMinutes: settings.defaultSessionMinutes,
  });
  const [pickedDate, setPickedDate] = useState<string | null>(initialStart ? clinicDate(initialStart, timeZone) : null);
  const [firstStart, setFirstStart] = useState<string | null>(initialStart ?? null);
  const [overrides, setOverrides] = useState<Record<number, string>>({});

  const nowMs = serverNow().getTime();
  const earliestMs = Math.floor((nowMs + leadMinutes * MINUTE_MS) / MINUTE_MS) * MINUTE_MS;
  const today = clinicDate(nowMs, timeZone);
  const lastPickable = addCalendarDays(today, pickDays - 1);
  const planned = plan.plannedSessions === '' ? null : plan.plannedSessions;
  const spacing = plan.spacingDays === '' ? null : plan.spacingDays;
  const clinician = clinicians.find((member) => member.id === plan.clinicianId) ?? null;
  // Enough of the diary for visit 1 and every later session, moved as far as the search allows.
  const horizonDays = pickDays + (spacing ?? 0) * ((planned ?? 1) - 1) + searchDays + 1;
  const diary = useClinicianDiary(settings, clinician, today, horizonDays);
  const { ctx } = diary;
  const { durationMinutes } = plan;

  const firstFree = useMemo(
    () => (ctx ? nearestFreeSlot(earliestMs, durationMinutes, ctx, { searchDays: pickDays }) : null),
    [ctx, earliestMs, durationMinutes],
  );
  const sessionOne = firstStart ?? (pickedDate ? null : firstFree);
  const shownDate = pickedDate ?? (sessionOne ? clinicDate(sessionOne, timeZone) : today);

  // Free start times are computed for the shown day only, however far ahead it is.
  const day = useMemo(() => {
    if (!ctx) return { slots: [], nextFreeDay: null };
    const slots = freeSlotsOn(shownDate, ctx, earliestMs, durationMinutes);
    const dayAfter = addCalendarDays(shownDate, 1);
    if (dayAfter > lastPickable) return { slots, nextFreeDay: null };
    const next = nearestFreeSlot(
      Math.max(toMillis(atClinicTime(dayAfter, '00:00', timeZone)), earliestMs),
      durationMinutes,
      ctx,
      { searchDays: calendarDaysBetween(dayAfter, lastPickable) },
    );
    return { slots, nextFreeDay: next ? clinicDate(next, timeZone) : null };
  }, [ctx, shownDate, timeZone, earliestMs, durationMinutes, lastPickable]);

  const rows = useMemo<PlannedRow[]>(() => {
    if (!ctx || !sessionOne || planned === null || spacing === null || !plan.clinicianId) return [];
    return planSessions({
      firstStart: sessionOne,
      plannedSessions: planned,
      spacingDays: spacing,
      durationMinutes,
      ctx,
      overrides,
      patientName,
      clinicianId: plan.clinicianId,
    });
  }, [ctx, sessionOne, planned, spacing, durationMinutes, plan.clinicianId, overrides, patientName]);

  const edit =
    <T>(apply: (value: T) => void) =>
    (value: T) => {
      apply(value);
      onEdit();
    };

  return {
    plan,
    clinician,
    diary,
    ctx,
    today,
    lastPickable,
    hasFreeTime: firstFree !== null,
    /** Open days the clinician works (holidays and closed weekdays cannot be picked). */
    isBookableDay: (date: string) =>
      ctx !== null && date >= today && date <= lastPickable && bookableHoursOn(date, ctx).hours !== null,
    shownDate,
    slots: day.slots,
    nextFreeDay: day.nextFreeDay,
    sessionOne,
    rows,
    setPlan: edit((changes: Partial<PlanSettings>) => {
      setPlan((current) => ({ ...current, ...changes }));
      const count = changes.plannedSessions;
      if (typeof count === 'number') {
        setOverrides((current) =>
          Object.fromEntries(Object.entries(current).filter(([number]) => Number(number) <= count)),
        );
      }
    }),
    /** Shows the day; visit 1 becomes its first free start (none when the day is full). */
    pickDate: edit((date: string) => {
      setPickedDate(date);
      setFirstStart(ctx ? (freeSlotsOn(date, ctx, earliestMs, durationMinutes)[0] ?? null) : null);
    }),
    /** Visit 1 from the picker or a suggested slot; any later session from its editor. */
    chooseStart: edit(({ number, start }: { number: number; start: string | null }) => {
      if (number === 1) {
        setFirstStart(start);
        if (start) setPickedDate(clinicDate(start, timeZone));
        return;
      }
      setOverrides(({ [number]: _previous, ...rest }) => (start ? { ...rest, [number]: start } : rest));
    }),
  };
}

export type BookingPlan = ReturnType<typeof useBookingPlan>;
