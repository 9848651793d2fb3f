import { type BusySession, checkSlot, type ScheduleContext } from '../../domain/availability';
import { checkPlannedSessions, type PlannedSessionCheck, proposeSeries } from '../../domain/proposals';

export type PlanInput = {
  firstStart: string;
  plannedSessions: number;
  spacingDays: number;
  durationMinutes: number;
  ctx: ScheduleContext;
  /** Session number → the start staff chose for it (visit 1 is `firstStart`). */
  overrides: Readonly<Record<number, string>>;
  patientName: string;
  clinicianId: string;
};

/** Why the app moved a proposal away from its spaced time. */
export type Move = { from: string; reason: 'taken' | 'outside_hours'; detail: string };

export type PlannedRow = {
  number: number;
  start: string;
  /** Chosen by staff rather than proposed by the app. */
  chosen: boolean;
  moved: Move | null;
  check: PlannedSessionCheck;
};

type Placed = Omit<PlannedRow, 'check'>;

function asBusy(rows: readonly Placed[], input: PlanInput): BusySession[] {
  return rows.map((row) => ({
    id: `planned-${row.number}`,
    start: row.start,
    durationMinutes: input.durationMinutes,
    patientName: input.patientName,
    clinicianId: input.clinicianId,
  }));
}

function moveOf(idealStart: string, ctx: ScheduleContext, durationMinutes: number): Move {
  const check = checkSlot(idealStart, durationMinutes, ctx);
  if (check.kind === 'outside_hours') {
    const detail = `${check.reason.charAt(0).toLowerCase()}${check.reason.slice(1)}`;
    return { from: idealStart, reason: 'outside_hours', detail };
  }
  return { from: idealStart, reason: 'taken', detail: 'that time is taken' };
}

/**
 * Visit 1 at `firstStart`, then each later session proposed by the domain (spacing after the
 * previous one, same local time, moved to the nearest free slot when taken). A session staff
 * chose keeps its time, and the sessions after it are proposed from it. Every session is then
 * checked: free, clashing, outside hours, spacing.
 */
export function planSessions(input: PlanInput): PlannedRow[] {
  const placed: Placed[] = [];
  while (placed.length < input.plannedSessions) {
    const anchorNumber = placed.length + 1;
    const anchor = anchorNumber === 1 ? input.firstStart : input.overrides[anchorNumber];
    const ctx = { ...input.ctx, busy: [...input.ctx.busy, ...asBusy(placed, input)] };
    const proposals = proposeSeries({
      firstStart: anchor ?? input.firstStart,
      plannedSessions: input.plannedSessions - placed.length,
      spacingDays: input.spacingDays,
      durationMinutes: input.durationMinutes,
      ctx,
      patientName: input.patientName,
      clinicianId: input.clinicianId,
    });
    for (const proposal of proposals) {
      const number = anchorNumber + proposal.number - 1;
      if (proposal.number > 1 && input.overrides[number]) break;
      const earlier = { ...ctx, busy: [...ctx.busy, ...asBusy(placed.slice(anchorNumber - 1), input)] };
      placed.push({
        number,
        start: proposal.start,
        chosen: proposal.number === 1,
        moved: proposal.moved ? moveOf(proposal.idealStart, earlier, input.durationMinutes) : null,
      });
    }
  }
  const checks = checkPlannedSessions(
    placed.map((row) => ({ start: row.start, durationMinutes: input.durationMinutes })),
    { spacingDays: input.spacingDays, ctx: input.ctx, patientName: input.patientName, clinicianId: input.clinicianId },
  );
  return placed.map((row, index) => {
    const check = checks[index];
    if (!check) throw new Error('Unreachable: one check per planned session');
    return { ...row, check };
  });
}
