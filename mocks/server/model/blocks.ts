import type { Block, CreateBlockInput } from '@/features/treatment-series/block-schemas';
import type { BlockedPeriod } from '@/features/treatment-series/domain/availability';
import { describeBlock as describeBlockedTime } from '@/features/treatment-series/domain/describe-block';
import type { ScheduleEntry } from '@/features/treatment-series/schedule-schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db, nextId } from '../db';
import { ProblemError, validationProblem } from '../problem-error';
import { requireRole } from '../utils';
import { recordAudit } from './audit';
import { scheduleEntriesIn } from './schedule-entries';

/** The blocks a clinician's visits must avoid: their own and the clinic-wide ones. */
export function blocksOf(clinicianId: string): Block[] {
  return [...db.blocks.values()].filter((block) => block.clinicianId === null || block.clinicianId === clinicianId);
}

/** The block named for staff, in clinic time. */
export function describeBlock(block: BlockedPeriod): string {
  const who = block.clinicianId === null ? null : (db.staff.get(block.clinicianId)?.name ?? 'The clinician');
  return describeBlockedTime(block, db.settings.timeZone, who);
}

export function problemBlock({ id, clinicianId, start, end, kind, reason }: Block) {
  return { id, clinicianId, start, end, kind, reason };
}

/** A clinician blocks their own time; an admin anyone's, or the whole clinic's (SPEC rule 12). */
export function requireBlockPermission(actor: StaffMember, clinicianId: string | null, doing: string): void {
  requireRole(actor, ['clinician', 'admin'], `${doing} blocked time`);
  if (actor.role === 'clinician' && clinicianId !== actor.id) {
    throw new ProblemError(
      403,
      'forbidden',
      'You do not have permission to do this',
      `Clinicians can only ${doing} their own blocked time.`,
    );
  }
}

function overlapping(input: Pick<Block, 'clinicianId' | 'start' | 'end'>): Block[] {
  const startMs = Date.parse(input.start);
  const endMs = Date.parse(input.end);
  return [...db.blocks.values()].filter(
    (block) =>
      (input.clinicianId === null || block.clinicianId === null || block.clinicianId === input.clinicianId) &&
      Date.parse(block.start) < endMs &&
      startMs < Date.parse(block.end),
  );
}

export function createBlock(actor: StaffMember, input: CreateBlockInput): { block: Block; affected: ScheduleEntry[] } {
  requireBlockPermission(actor, input.clinicianId, 'add');
  if (input.clinicianId !== null) {
    const clinician = db.staff.get(input.clinicianId);
    if (clinician?.role !== 'clinician' || !clinician.active) {
      throw validationProblem({ clinicianId: ['Choose an active clinician'] });
    }
  }
  if (Date.parse(input.end) <= clock.nowMs()) {
    throw validationProblem({ end: ['Blocked time must end in the future'] });
  }
  const clashes = overlapping(input);
  if (clashes.length > 0) {
    throw new ProblemError(
      409,
      'scheduleConflict',
      'That time is already blocked',
      `${clashes.map(describeBlock).join('; ')}. Change the times or remove that block first.`,
      { blocks: clashes.map(problemBlock) },
    );
  }
  const block: Block = {
    id: nextId('blk'),
    clinicianId: input.clinicianId,
    start: input.start,
    end: input.end,
    kind: input.kind,
    reason: input.reason,
    createdBy: actor.id,
    createdAt: clock.nowIso(),
  };
  db.blocks.set(block.id, block);
  recordAudit(actor, 'block', block.id, 'create', describeBlock(block));
  return { block, affected: visitsInside(block) };
}

/** Scheduled visits inside the block: staff rebook them; nothing moves by itself. */
export function visitsInside(block: Block): ScheduleEntry[] {
  return scheduleEntriesIn(Date.parse(block.start), Date.parse(block.end), block.clinicianId).filter(
    (entry) => entry.status === 'scheduled',
  );
}

export function removeBlock(actor: StaffMember, block: Block): void {
  requireBlockPermission(actor, block.clinicianId, 'remove');
  db.blocks.delete(block.id);
  recordAudit(actor, 'block', block.id, 'remove', `Removed: ${describeBlock(block)}`);
}
