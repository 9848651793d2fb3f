import { nextFreeSlots, type ScheduleContext, type SlotCheck } from '@/features/treatment-series/domain/availability';
import { checkPlannedSessions, type PlannedSessionInput } from '@/features/treatment-series/domain/proposals';
import type { Clash } from '@/features/treatment-series/schemas';
import { formatClinic, toIso, toMillis } from '@/lib/clinic-time';
import { shortDateFormat, timeFormat } from '@/lib/date-formats';
import type { StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { ProblemError, validationProblem } from '../problem-error';
import { describeBlock, problemBlock } from './blocks';
import { scheduleContextFor } from './series';

export interface PlanOptions {
  clinician: StaffMember;
  spacingDays: number;
  /** Names this plan's own sessions in clash messages. */
  patientName: string;
  /** Sessions being moved: they do not block themselves. */
  ignoreSessionIds?: readonly string[];
  /** The existing session the plan must follow (not checked itself). */
  after?: PlannedSessionInput & { number: number };
  /** The form field each planned session belongs to, for 422 errors. */
  fieldOf: (index: number) => string;
  /** The session number shown in messages. */
  numberOf: (index: number) => number;
  allowPast?: boolean;
}

function describeClash(clash: Clash, clinician: StaffMember): string {
  const { timeZone } = db.settings;
  const day = formatClinic(clash.start, timeZone, shortDateFormat);
  const span = `${formatClinic(clash.start, timeZone, timeFormat)}–${formatClinic(clash.end, timeZone, timeFormat)}`;
  return `${clinician.name} already sees ${clash.patientName} on ${day}, ${span}`;
}

type Taken = Extract<SlotCheck, { kind: 'clash' | 'blocked' }>;

function conflict(
  plan: readonly PlannedSessionInput[],
  index: number,
  taken: Taken,
  ctx: ScheduleContext,
  options: PlanOptions,
  takenIndexes: number[],
) {
  const session = plan[index];
  if (!session) throw new Error('Unreachable: conflict outside the plan');
  const earlierInPlan = plan.slice(0, index).map((planned, position) => ({
    id: planned.id ?? `planned-${position}`,
    start: toIso(planned.start),
    durationMinutes: planned.durationMinutes,
    patientName: options.patientName,
    clinicianId: options.clinician.id,
  }));
  const withPlan: ScheduleContext = { ...ctx, busy: [...ctx.busy, ...earlierInPlan] };
  const slots = nextFreeSlots(session.start, session.durationMinutes, withPlan, 3, {
    ignoreSessionIds: options.ignoreSessionIds,
  });
  const anchors = options.after ? 1 : 0;
  const number = options.numberOf(index - anchors);
  const extra = {
    nextFreeSlots: slots,
    sessionIndex: index - anchors,
    takenSessionIndexes: takenIndexes.map((taken) => taken - anchors),
  };
  if (taken.kind === 'blocked') {
    const blocks = taken.blocks.flatMap((period) => {
      const block = db.blocks.get(period.id);
      return block ? [problemBlock(block)] : [];
    });
    const detail = `Visit ${number}: ${taken.blocks.map(describeBlock).join('; ')}.`;
    return new ProblemError(409, 'scheduleConflict', 'That time is blocked', detail, { ...extra, blocks });
  }
  const detail = `Visit ${number}: ${taken.clashes.map((clash) => describeClash(clash, options.clinician)).join('; ')}.`;
  return new ProblemError(409, 'scheduleConflict', 'That time is already booked', detail, {
    ...extra,
    clashes: taken.clashes,
  });
}

const isTaken = (slot: SlotCheck): slot is Taken => slot.kind === 'clash' || slot.kind === 'blocked';

/**
 * Checks planned sessions with the domain rules (opening and working hours, no double
 * booking, each after the previous). Throws 422 with field errors for hours and order,
 * or 409 scheduleConflict naming the clash and offering the next free slots.
 */
export function assertPlanBookable(sessions: readonly PlannedSessionInput[], options: PlanOptions): void {
  const ctx = scheduleContextFor(options.clinician);
  const plan = options.after ? [options.after, ...sessions] : [...sessions];
  const checks = checkPlannedSessions(plan, {
    spacingDays: options.spacingDays,
    ctx,
    ignoreSessionIds: options.ignoreSessionIds,
    patientName: options.patientName,
    clinicianId: options.clinician.id,
  });
  const anchors = options.after ? 1 : 0;
  const errors: Record<string, string[]> = {};
  const addError = (index: number, message: string) => {
    const field = options.fieldOf(index - anchors);
    errors[field] = [...(errors[field] ?? []), message];
  };
  checks.forEach((check, index) => {
    if (index < anchors) return;
    const number = options.numberOf(index - anchors);
    const start = plan[index]?.start;
    if (!options.allowPast && start !== undefined && toMillis(start) < clock.nowMs()) {
      addError(index, `Visit ${number}: choose a time in the future`);
    }
    if (check.spacing.kind === 'before_previous') {
      addError(index, `Visit ${number} must start after visit ${number - 1} ends`);
    }
    if (check.slot.kind === 'outside_hours') addError(index, `Visit ${number}: ${check.slot.reason}`);
  });
  if (Object.keys(errors).length > 0) throw validationProblem(errors, 'Some visits cannot be booked at those times.');
  // Every taken session is named, so the form marks each one; the first gets the free slots offered.
  const takenIndexes = checks.flatMap((check, index) => (index >= anchors && isTaken(check.slot) ? [index] : []));
  const first = takenIndexes[0];
  const firstSlot = first === undefined ? undefined : checks[first]?.slot;
  if (first !== undefined && firstSlot && isTaken(firstSlot)) {
    throw conflict(plan, first, firstSlot, ctx, options, takenIndexes);
  }
}
