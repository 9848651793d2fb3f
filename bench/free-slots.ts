import { join } from 'node:path';
import { resolveConfig, runnerImport } from 'vite';
import { median } from './report.ts';

// The app's modules resolve with its aliases, which this config does not know: typed here by hand.
type Availability = { freeSlots: (from: string, to: string, durationMinutes: number, ctx: unknown) => string[] };
type Fixtures = { fourBusyWeeks: () => unknown };

/** Milliseconds (median of `runs`) for the booking form's free-slot search over four busy weeks. */
export interface FreeSlotsTiming {
  medianMs: number;
  runs: number;
  slots: number;
}

/**
 * `freeSlots` on a 30-minute grid from 2 to 30 November, 80 sessions in the clinician's diary (the
 * domain tests' `fourBusyWeeks`), in this Node process. The domain modules load through Vite's
 * module runner with the app's aliases.
 */
export async function measureFreeSlots(projectRoot: string, runs = 21): Promise<FreeSlotsTiming> {
  const config = await resolveConfig({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' }, 'serve');
  const load = <T>(file: string) =>
    runnerImport<T>(join(projectRoot, file), {
      root: projectRoot,
      logLevel: 'warn',
      resolve: { alias: config.resolve.alias },
    });
  const { module: availability } = await load<Availability>('src/features/treatment-series/domain/availability.ts');
  const { module: fixtures } = await load<Fixtures>('src/features/treatment-series/domain/__tests__/fixtures.ts');
  const ctx = fixtures.fourBusyWeeks();
  const search = () => availability.freeSlots('2026-11-02T05:00:00.000Z', '2026-11-30T05:00:00.000Z', 30, ctx);
  const slots = search().length;
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    search();
    times.push(performance.now() - started);
  }
  return { medianMs: median(times), runs, slots };
}
