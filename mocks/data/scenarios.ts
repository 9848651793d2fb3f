import { clock } from '../runtime/clock';
import { type DbSnapshot, db, resetDb, restoreDb, type ScenarioName, snapshotDb } from '../server/db';
import { resetFactories } from './factories';
import { fillThisWeek } from './seeds/busy-week';
import { seedRequestCallbacks } from './seeds/follow-ups';
import { seedManyRequests } from './seeds/many-requests';
import { seedOpenAndClosedRequests } from './seeds/requests';
import { createSeedContext, type SeedContext } from './seeds/seed-context';
import { seedTreatmentSeries } from './seeds/series';
import { seedStaff } from './seeds/staff';

export { seededAccounts } from './seeds/staff';

/** Every scenario starts from the same PRNG seed, so 'large' holds exactly the 'typical' clinic plus more. */
const prngSeed = 20_261_125;

function seedTypical(ctx: SeedContext): void {
  seedTreatmentSeries(ctx);
  seedOpenAndClosedRequests(ctx);
  seedRequestCallbacks(ctx);
}

const scenarios: Record<ScenarioName, (ctx: SeedContext) => void> = {
  /** Staff and settings only. */
  empty: () => {},
  typical: seedTypical,
  'busy-week': (ctx) => {
    seedTypical(ctx);
    fillThisWeek(ctx);
  },
  large: (ctx) => {
    seedTypical(ctx);
    seedManyRequests(ctx, 10_000);
  },
};

/**
 * Seeding is deterministic, so a seeded state is kept and cloned instead of rebuilt (tests
 * reseed before every test). Not 'large': cloning 10,000 requests costs as much as building them.
 */
const seeded = new Map<string, DbSnapshot>();
const maxRemembered = 4;

function buildScenario(scenario: ScenarioName, nowMs: number): void {
  resetDb();
  resetFactories(prngSeed);
  seedStaff();
  scenarios[scenario](createSeedContext(nowMs));
  db.audit.sort((a, b) => a.at.localeCompare(b.at));
  db.scenario = scenario;
}

/**
 * Replaces all data with a scenario, built relative to `now` (default: the mock clock).
 * `keepSessions` keeps people signed in (the dev panel uses it; tests start signed out).
 */
export function seed(
  scenario: ScenarioName = 'typical',
  now: Date | string | number = clock.now(),
  { keepSessions = false }: { keepSessions?: boolean } = {},
): void {
  const nowMs = new Date(now).getTime();
  const tokens = keepSessions ? [...db.tokens] : [];
  const key = `${scenario}@${nowMs}`;
  const remembered = seeded.get(key);
  if (remembered) {
    restoreDb(structuredClone(remembered));
  } else {
    buildScenario(scenario, nowMs);
    if (scenario !== 'large') seeded.set(key, structuredClone(snapshotDb()));
    const oldest = seeded.keys().next().value;
    if (seeded.size > maxRemembered && oldest !== undefined) seeded.delete(oldest);
  }
  for (const [token, session] of tokens) {
    if (db.staff.has(session.staffId)) db.tokens.set(token, session);
  }
}
