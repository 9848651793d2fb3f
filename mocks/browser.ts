import { setupWorker } from 'msw/browser';
import { apiBaseUrl } from '@/config/env';
import { clock } from './clock';
import { db, notifyChange, onChange, restoreDb, snapshotDb } from './db';
import { handlers } from './handlers';
import { network, setFailureRate, setLatency } from './network';
import { loadPersistedState, persistAfterChanges } from './persistence';
import { seed } from './scenarios';

export const worker = setupWorker(...handlers);

/** Dev default: a believable, slightly jittery network (browser tests set VITE_MOCK_LATENCY=0). */
const devLatencyMs = Number(import.meta.env.VITE_MOCK_LATENCY ?? 250);

async function restoreOrSeed(): Promise<void> {
  const saved = await loadPersistedState().catch(() => null);
  if (!saved) {
    setLatency(devLatencyMs);
    seed('typical');
    return;
  }
  restoreDb(saved.db);
  clock.setState(saved.clock);
  setLatency(saved.network.latencyMs);
  setFailureRate(saved.network.failureRate);
}

/**
 * Loads the data saved before the last reload (or seeds the typical clinic), keeps saving
 * it after every change, and starts the service worker. Await it before rendering.
 */
export async function startMockWorker(): Promise<void> {
  await restoreOrSeed();
  notifyChange();
  persistAfterChanges(onChange, () => ({
    db: snapshotDb(),
    clock: clock.getState(),
    network: { latencyMs: network.latencyMs, failureRate: network.failureRate },
  }));
  await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  console.info(`[mocks] Mock API on ${apiBaseUrl} (scenario "${db.scenario}"). Open "Mock backend" to change it.`);
}
