import { intakeInputSchema } from '@/features/contact-requests/intake-schema';
import { buildIntakeSubmission } from '../data/factories';
import { createRandom } from '../data/random';
import { seed } from '../data/scenarios';
import { db, notifyChange, onChange, type ScenarioName } from '../server/db';
import { receiveContactRequest } from '../server/model/intake';
import { type ClockState, clock } from './clock';
import {
  type FailureKind,
  network,
  failNext as queueFailures,
  setLatency as setDelay,
  setFailureRate as setRate,
} from './network';

/** What the dev panel shows. A new object only after a change (safe for `useSyncExternalStore`). */
export interface MockState {
  scenario: ScenarioName;
  /** The mock clock at the last change, or null when it follows the real time. */
  now: string | null;
  clockMode: ClockState['mode'];
  latencyMs: number;
  failureRate: number;
  queuedFailures: number;
}

const listeners = new Set<() => void>();

function readState(): MockState {
  return {
    scenario: db.scenario,
    now: clock.getState().mode === 'real' ? null : clock.nowIso(),
    clockMode: clock.getState().mode,
    latencyMs: network.latencyMs,
    failureRate: network.failureRate,
    queuedFailures: network.queuedFailures.length,
  };
}

let state = readState();

// Every change to the mock (from this panel or from an API request) refreshes the state.
onChange(() => {
  state = readState();
  for (const listener of listeners) listener();
});

const changed = notifyChange;

export const getMockState = (): MockState => state;

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Replaces the data with a scenario built around the mock clock's now; signed-in people stay signed in. */
export function setScenario(name: ScenarioName): void {
  seed(name, clock.now(), { keepSessions: true });
  changed();
}

export function resetData(): void {
  setScenario(db.scenario);
}

export function setLatency(ms: number): void {
  setDelay(ms);
  changed();
}

export function setFailureRate(rate: number): void {
  setRate(rate);
  changed();
}

export function failNext(count: number, kind: FailureKind): void {
  queueFailures(count, kind);
  changed();
}

/** Moves the mock clock to `iso` and lets it run on from there; null goes back to the real time. */
export function setClockTo(iso: string | null): void {
  if (iso === null) clock.followRealTime();
  else clock.setNow(iso, { frozen: false });
  changed();
}

export function advanceClock(minutes: number): void {
  clock.advance(minutes);
  changed();
}

/** A new website request, through the same validation and storage as the public form. */
export function simulateIncomingRequest(): void {
  const submission = buildIntakeSubmission({}, createRandom(Date.now()));
  receiveContactRequest(intakeInputSchema.parse(submission));
  changed();
}

/** The dev panel's commands by name: in the browser the page sends the name and arguments to the mock's worker. */
export const controlCommands = {
  setScenario,
  resetData,
  setLatency,
  setFailureRate,
  failNext,
  setClockTo,
  advanceClock,
  simulateIncomingRequest,
};
