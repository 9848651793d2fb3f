import { db } from '@mocks/server/db';
import { toSummary } from '@mocks/server/model/contact-requests';
import { route } from '@mocks/server/route';
import { z } from 'zod';
import type { ContactRequestSummary } from '@/features/contact-requests/schemas';
import { allRequestsEndpoint } from '../all-requests-endpoint';

/**
 * The mocks' own `route`: same simulated network, sign-in and `Date` header as the app's
 * handlers. The page parses the rows with the contract schema; this side does not check all
 * 10,000 again (the app's list handler checks only the 50 it returns).
 */
export const allRequestsHandler = route(
  { ...allRequestsEndpoint, response: z.array(z.custom<ContactRequestSummary>()) },
  () => [...db.contactRequests.values()].map(toSummary),
);
