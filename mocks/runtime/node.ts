import { setupServer } from 'msw/node';
import { handlers } from '../server/handlers';

/** The mock API in Node (Vitest): `server.listen({ onUnhandledFrame: 'error' })` in the test setup. */
export const server = setupServer(...handlers);
