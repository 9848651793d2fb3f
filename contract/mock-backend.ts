import { clock } from '@mocks/runtime/clock';
import { setFailureRate, setLatency, setScenario } from '@mocks/runtime/control';
import { handlers } from '@mocks/server/handlers';
import { ProblemError } from '@mocks/server/problem-error';
import { problemResponse } from '@mocks/server/route';
import { getResponse } from 'msw';

/**
 * Monday 23 November 2026, 11:00 in New York: the typical clinic seeded around it has two
 * sessions that started this morning and wait for their outcome (to complete, to mark missed).
 */
export const mockStartsAt = '2026-11-23T16:00:00.000Z';

/**
 * The mock API as a request-to-response function in Node (like `mocks/runtime/http-backend.ts`),
 * seeded with the typical clinic around `mockStartsAt`, without simulated latency or failures.
 * `frozen` stops its clock there (the document's examples); otherwise time runs on from it.
 */
export function createMockBackend({ frozen = false } = {}): (request: Request) => Promise<Response> {
  clock.setNow(mockStartsAt, { frozen });
  setScenario('typical');
  setLatency(0);
  setFailureRate(0);
  return async (request) => {
    const response = await getResponse(handlers, request);
    return response ?? problemResponse(new ProblemError(404, 'notFound', 'No such API endpoint').problem);
  };
}
