/**
 * The mock API as a plain request-to-response function in Node: the same handlers and database
 * as the demo's mock worker. The bench serves a build without mocks with it (bench/server.ts
 * loads this file through Vite's module runner, so the `@/` aliases resolve).
 */
import { getResponse } from 'msw';
import { seedLargeWith } from '../data/scenarios';
import { handlers } from '../server/handlers';
import { ProblemError } from '../server/problem-error';
import { problemResponse } from '../server/route';
import { clock } from './clock';
import { setFailureRate, setLatency, setScenario } from './control';

export interface ApiBackend {
  handle: (request: Request) => Promise<Response>;
  /** Replaces the data with the typical clinic plus `extraRequests`; whoever is signed in stays signed in. */
  reseed: (extraRequests: number) => void;
}

/** The "10,000 requests" scenario with no simulated latency or failures, as the bench sets in the dev panel. */
export function createApiBackend(): ApiBackend {
  setScenario('large');
  setLatency(0);
  setFailureRate(0);
  return {
    handle: async (request) => {
      const response = await getResponse(handlers, request);
      return response ?? problemResponse(new ProblemError(404, 'notFound', 'No such API endpoint').problem);
    },
    reseed: (extraRequests) => seedLargeWith(extraRequests, clock.now(), { keepSessions: true }),
  };
}
