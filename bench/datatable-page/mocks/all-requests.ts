import { clock } from '@mocks/clock';
import { db } from '@mocks/db';
import { authenticate } from '@mocks/model/auth';
import { toSummary } from '@mocks/model/contact-requests';
import { simulateNetwork } from '@mocks/network';
import { ProblemError } from '@mocks/problem-error';
import { problemResponse } from '@mocks/route';
import { HttpResponse, http } from 'msw';
import { apiBaseUrl } from '@/config/env';
import { allRequestsEndpoint } from '../all-requests-endpoint';

/**
 * Same simulated network and sign-in as the app's handlers; the response is not re-validated
 * against the contract here (the app's list handler checks only its 50 rows).
 */
export const allRequestsHandler = http.get(`${apiBaseUrl}${allRequestsEndpoint.path}`, async ({ request }) => {
  const simulated = await simulateNetwork(request);
  if (simulated) return simulated;
  try {
    authenticate(request);
  } catch (error) {
    if (error instanceof ProblemError) return problemResponse(error.problem);
    throw error;
  }
  const rows = [...db.contactRequests.values()].map(toSummary);
  return HttpResponse.json(rows, { headers: { Date: clock.now().toUTCString() } });
});
