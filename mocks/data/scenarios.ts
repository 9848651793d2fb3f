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

/** The typical clinic plus `count` requests over the last year: 'large' with count 10,000. */
function seedTypicalPlus(ctx: SeedContext, count: number): void {
  seedTypical(ctx);
  seedManyRequests(ctx, count);
}

const scenarios: Record<ScenarioName, (ctx: SeedContext) => void> = {
  /** Staff and settings only. */
  empty: () => {},
  typical: seedTypical,
  'busy-week': (ctx) => {
    seedTypical(ctx);
    fillThisWeek(ctx);
  },
  large: (ctx) => seedTypicalPlus(ctx, 10_000),
};

/**
 * Seeding is deterministic, so a seeded state is kept and cloned instead of rebuilt (tests
 * reseed before every test). Not 'large': cloning 10,000 requests costs as much as building them.
 */
const seeded = new Map<string, DbSnapshot>();
const maxRemembered = 4;

type SeedOptions = { keepSessions?: boolean };

function buildScenario(scenario: ScenarioName, nowMs: number, fill: (ctx: SeedContext) => void): void {
  resetDb();
  resetFactories(prngSeed);
  seedStaff();
  fill(createSeedContext(nowMs));
  db.audit.sort((a, b) => a.at.localeCompare(b.at));
  db.scenario = scenario;
}

/** Runs `replace` and, with `keepSessions`, signs the signed-in people back in afterwards. */
function replacingData(keepSessions: boolean, replace: () => void): void {
  const tokens = keepSessions ? [...db.tokens] : [];
  replace();
  for (const [token, session] of tokens) {
    if (db.staff.has(session.staffId)) db.tokens.set(token, session);
  }
}

/**
 * Replaces all data with a scenario, built relative to `now` (default: the mock clock).
 * `keepSessions` keeps people signed in (the dev panel uses it; tests start signed out).
 */
export function seed(
  scenario: ScenarioName = 'typical',
  now: Date | string | number = clock.now(),
  { keepSessions = false }: SeedOptions = {},
): void {
  const nowMs = new Date(now).getTime();
  const key = `${scenario}@${nowMs}`;
  replacingData(keepSessions, () => {
    const remembered = seeded.get(key);
    if (remembered) {
      restoreDb(structuredClone(remembered));
      return;
    }
    buildScenario(scenario, nowMs, scenarios[scenario]);
    if (scenario !== 'large') seeded.set(key, structuredClone(snapshotDb()));
    const oldest = seeded.keys().next().value;
    if (seeded.size > maxRemembered && oldest !== undefined) seeded.delete(oldest);
  });
}

/**
 * The 'large' scenario at another size: the typical clinic plus `extraRequests` (the bench's
 * growth series); `db.scenario` reads 'large'. Not a scenario of its own, so the dev panel's list
 * stays as it is.
 */
export function seedLargeWith(
  extraRequests: number,
  now: Date | string | number = clock.now(),
  { keepSessions = false }: SeedOptions = {},
): void {
  const nowMs = new Date(now).getTime();
  replacingData(keepSessions, () => buildScenario('large', nowMs, (ctx) => seedTypicalPlus(ctx, extraRequests)));
}
