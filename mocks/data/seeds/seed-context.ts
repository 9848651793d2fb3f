import type { StaffMember } from '@/shared/staff/schemas';
import { factoryRandom } from '../factories';
import type { Random } from '../random';
import { staffByRole } from './staff';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** What every seed step needs: the fixed "now", the seeded PRNG and the staff. */
export interface SeedContext {
  nowMs: number;
  random: Random;
  frontDesk: StaffMember[];
  clinicians: StaffMember[];
  iso(ms: number): string;
  /** An instant `days` days before now, give or take a random part of a day. */
  daysAgo(minDays: number, maxDays: number): number;
}

export function createSeedContext(nowMs: number): SeedContext {
  const random = factoryRandom();
  return {
    nowMs,
    random,
    frontDesk: staffByRole('front_desk'),
    clinicians: staffByRole('clinician'),
    iso: (ms) => new Date(ms).toISOString(),
    daysAgo: (minDays, maxDays) => nowMs - random.int(minDays * 24 * 60, maxDays * 24 * 60) * MINUTE_MS,
  };
}
