import { startOfClinicDay, startOfNextClinicDay, toMillis } from '@/lib/clinic-time';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { freeSlots, type ScheduleContext, type SlotCheck } from '../../domain/availability';
import { checkPlannedSessions, type SpacingCheck } from '../../domain/proposals';

export type PlannedVisit = {
  id: string;
  number: number;
  start: string;
  durationMinutes: number;
  /** Where a moved visit was before. */
  previousStart?: string;
};

export type VisitCheck = {
  visit: PlannedVisit;
  /** null while the clinician's schedule is loading (or could not be loaded). */
  slot: SlotCheck | null;
  spacing: SpacingCheck;
  past: boolean;
};

export type PlanCheck = {
  visits: VisitCheck[];
  /** The next visit that stays where it is, and its spacing from the last moved one. */
  after: { visit: PlannedVisit; spacing: SpacingCheck } | null;
  /** Something the server would refuse: the form cannot be sent as it is. */
  blocked: boolean;
};

type Input = {
  /** The visit before the moved or added ones, which stays where it is. */
  before?: PlannedVisit;
  visits: PlannedVisit[];
  after?: PlannedVisit;
  spacingDays: number;
  ctx: ScheduleContext | null;
  settings: ClinicSettings;
  patientName: string;
  now: number;
};

/**
 * Checks new times with the same domain rules the server applies: each visit in opening and
 * working hours and free, after the previous one (shorter spacing is a warning), not in the past.
 */
export function checkPlan({ before, visits, after, spacingDays, ctx, settings, patientName, now }: Input): PlanCheck {
  const plan = [...(before ? [before] : []), ...visits, ...(after ? [after] : [])];
  // Spacing needs only the time zone; slots need the schedule.
  const fallback: ScheduleContext = {
    timeZone: settings.timeZone,
    openingHours: settings.openingHours,
    closedDates: settings.closedDates,
    workingHours: null,
    busy: [],
    blocks: [],
  };
  const checks = checkPlannedSessions(plan, { spacingDays, ctx: ctx ?? fallback, patientName });
  const offset = before ? 1 : 0;
  const visitChecks = visits.map((visit, index) => {
    const check = checks[index + offset];
    return {
      visit,
      slot: ctx && check ? check.slot : null,
      spacing: check?.spacing ?? { kind: 'ok' as const },
      past: toMillis(visit.start) < now,
    };
  });
  const afterCheck = after ? checks.at(-1) : undefined;
  const afterResult = after && afterCheck ? { visit: after, spacing: afterCheck.spacing } : null;
  const blocked =
    visitChecks.some(
      (check) => check.past || (check.slot && check.slot.kind !== 'free') || check.spacing.kind === 'before_previous',
    ) || afterResult?.spacing.kind === 'before_previous';
  return { visits: visitChecks, after: afterResult, blocked };
}

/** Up to `count` free starts on the same clinic-local day, nearest to `start` first, shown in time order. */
export function sameDayFreeSlots(
  start: string,
  durationMinutes: number,
  ctx: ScheduleContext,
  ignoreSessionIds: readonly string[],
  now: number,
  count = 3,
): string[] {
  const dayStart = startOfClinicDay(start, ctx.timeZone);
  const dayEnd = startOfNextClinicDay(start, ctx.timeZone);
  const wanted = toMillis(start);
  return freeSlots(dayStart, dayEnd, durationMinutes, ctx, { ignoreSessionIds })
    .filter((slot) => toMillis(slot) >= now && toMillis(slot) !== wanted)
    .sort((a, b) => Math.abs(toMillis(a) - wanted) - Math.abs(toMillis(b) - wanted))
    .slice(0, count)
    .sort();
}
