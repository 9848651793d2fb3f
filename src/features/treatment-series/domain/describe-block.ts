import { clinicDate, formatClinic } from '@/lib/clinic-time';
import { type BlockKind, blockKindLabels, blockKinds } from '../block-schemas';
import type { BlockedPeriod } from './availability';

const isBlockKind = (kind: string): kind is BlockKind => (blockKinds as readonly string[]).includes(kind);

/** "on Fri 4 Dec, 13:00–18:00" or "from Fri 4 Dec, 13:00 to Mon 7 Dec, 18:00", in clinic time. */
export function blockSpan(block: Pick<BlockedPeriod, 'start' | 'end'>, timeZone: string): string {
  const sameDay = clinicDate(block.start, timeZone) === clinicDate(block.end, timeZone);
  const from = formatClinic(block.start, timeZone, 'ddd D MMM, HH:mm');
  const to = formatClinic(block.end, timeZone, sameDay ? 'HH:mm' : 'ddd D MMM, HH:mm');
  return sameDay ? `on ${from}–${to}` : `from ${from} to ${to}`;
}

export function blockKindLabel(kind: string): string {
  return isBlockKind(kind) ? blockKindLabels[kind] : kind;
}

/** "Dr Lee is blocked for Training (CPD course) on Fri 4 Dec, 13:00–18:00". `who` null: the whole clinic. */
export function describeBlock(block: BlockedPeriod, timeZone: string, who: string | null): string {
  return `${who ?? 'The clinic'} is blocked for ${blockKindLabel(block.kind)} (${block.reason}) ${blockSpan(block, timeZone)}`;
}
