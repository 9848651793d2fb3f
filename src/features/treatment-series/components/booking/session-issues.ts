import { toMillis } from '@/lib/clinic-time';
import { describeBlock } from '../../domain/describe-block';
import { describeClash } from './booking-format';
import type { PlannedRow } from './plan-sessions';

export type SessionIssues = { errors: string[]; warnings: string[] };

type Context = {
  nowMs: number;
  timeZone: string;
  clinicianName: string;
  spacingDays: number;
  /** Field errors the server gave this session (422). */
  serverErrors?: readonly string[];
};

/** What stops a session from being booked (errors) and what staff should know (warnings). */
export function sessionIssues(row: PlannedRow, context: Context): SessionIssues {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { slot, spacing } = row.check;
  if (toMillis(row.start) < context.nowMs) errors.push('This time has already passed');
  if (slot.kind === 'outside_hours') errors.push(slot.reason);
  if (slot.kind === 'blocked') {
    errors.push(...slot.blocks.map((block) => describeBlock(block, context.timeZone, context.clinicianName)));
  }
  if (slot.kind === 'clash') {
    errors.push(...slot.clashes.map((clash) => describeClash(clash, context.timeZone, context.clinicianName)));
  }
  if (spacing.kind === 'before_previous') errors.push(`Must start after visit ${row.number - 1} ends`);
  if (spacing.kind === 'short') {
    const days = spacing.days === 1 ? '1 day' : `${spacing.days} days`;
    warnings.push(
      `Only ${days} after visit ${row.number - 1}: closer than the series spacing of ${context.spacingDays} days`,
    );
  }
  errors.push(...(context.serverErrors ?? []));
  return { errors, warnings };
}
