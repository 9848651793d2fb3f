import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { intakeInputSchema } from '../intake-schema';

/** The website form's one endpoint, apart from the staff's: see `intake-schema.ts`. */
export const intakeEndpoints = {
  intake: endpoint({
    method: 'post',
    path: '/public/contact-requests',
    summary: "Receive a contact request from the clinic's website",
    body: intakeInputSchema,
    response: z.object({ received: z.literal(true) }),
    public: true,
    idempotent: true,
  }),
};
