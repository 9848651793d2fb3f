import { useMemo, useState } from 'react';
import { useSchedule } from '@/features/treatment-series/api/get-schedule';
import { addCalendarDays, atClinicTime, clinicDate, MINUTE_MS, startOfClinicDay, toIso } from '@/lib/clinic-time';
import { serverNow } from '@/lib/server-clock';
import type { ClinicSettings } from '@/shared/settings/schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { freeSlots, type ScheduleContext } from '../../domain/availability';
import { type PlannedRow, planSessions } from './plan-sessions';

/** Visit 1 is offered from this many days of free slots ("the next four weeks"). */
export const pickDays = 28;
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
  /** Called on every change the person makes (a refused booking's message then goes away). */
  onEdit: () => void;
};

function groupByDate(slots: readonly string[], timeZone: string): Map<string, string[]> {
  const byDate = new Map<string, string[]>();
  for (const slot of slots) {
    const date = clinicDate(slot, timeZone);
    byDate.set(date, [...(byDate.get(date) ?? []), slot]);
  }
  return byDate;
}

/** Everything the booking form decides, and the sessions that follow from it, checked live. */
export function useBookingPlan({ settings, clinicians, defaultClinicianId, patientName, onEdit }: Options) {
  const { timeZone } = settings;
  const [plan, setPlan] = useState<PlanSettings>({
    clinicianId: defaultClinicianId,
    plannedSessions: settings.defaultPlannedSessions,
    spacingDays: settings.defaultSpacingDays,
    durationMinutes: settings.defaultSessionMinutes,
  });
  const [pickedDate, setPickedDate] = useState<string | null>(null);
  const [firstStart, setFirstStart] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<Record<number, string>>({});

  const nowMs = serverNow().getTime();
  const earliest = toIso(Math.floor((nowMs + leadMinutes * MINUTE_MS) / MINUTE_MS) * MINUTE_MS);
  const today = clinicDate(nowMs, timeZone);
  const planned = plan.plannedSessions === '' ? null : plan.plannedSessions;
  const spacing = plan.spacingDays === '' ? null : plan.spacingDays;
  // Enough of the diary for visit 1 and every later session, moved as far as the search allows.
  const horizonDays = pickDays + (spacing ?? 0) * ((planned ?? 1) - 1) + searchDays + 1;
  const schedule = useSchedule(
    {
      from: startOfClinicDay(nowMs, timeZone),
      to: atClinicTime(addCalendarDays(today, horizonDays), '00:00', timeZone),
      clinicianId: plan.clinicianId ?? undefined,
    },
    plan.clinicianId !== null,
  );
  const clinician = clinicians.find((member) => member.id === plan.clinicianId) ?? null;

  const ctx = useMemo<ScheduleContext | null>(() => {
    if (!clinician || !schedule.data) return null;
    return {
      timeZone,
      openingHours: settings.openingHours,
      workingHours: clinician.workingHours,
      busy: schedule.data,
    };
  }, [clinician, schedule.data, settings.openingHours, timeZone]);

  const slotsByDate = useMemo(() => {
    if (!ctx) return new Map<string, string[]>();
    const end = atClinicTime(addCalendarDays(today, pickDays), '00:00', timeZone);
    return groupByDate(freeSlots(earliest, end, plan.durationMinutes, ctx), timeZone);
  }, [ctx, earliest, plan.durationMinutes, today, timeZone]);

  const firstFree = slotsByDate.values().next().value?.[0] ?? null;
  const sessionOne = firstStart ?? (pickedDate ? null : firstFree);
  const shownDate = pickedDate ?? (sessionOne ? clinicDate(sessionOne, timeZone) : today);

  const rows = useMemo<PlannedRow[]>(() => {
    if (!ctx || !sessionOne || planned === null || spacing === null || !plan.clinicianId) return [];
    return planSessions({
      firstStart: sessionOne,
      plannedSessions: planned,
      spacingDays: spacing,
      durationMinutes: plan.durationMinutes,
      ctx,
      overrides,
      patientName,
      clinicianId: plan.clinicianId,
    });
  }, [ctx, sessionOne, planned, spacing, plan.durationMinutes, plan.clinicianId, overrides, patientName]);

  const edit =
    <T>(apply: (value: T) => void) =>
    (value: T) => {
      apply(value);
      onEdit();
    };

  return {
    plan,
    clinician,
    schedule,
    ctx,
    today,
    slotsByDate,
    shownDate,
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
    pickDate: edit((date: string) => {
      setPickedDate(date);
      setFirstStart(slotsByDate.get(date)?.[0] ?? null);
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
