import { z } from 'zod';

/**
 * Zod compiles object parsers with `new Function` when it may, and the deployment's CSP allows
 * no eval (deploy/headers.ts): even zod's probe for it is reported as a violation. src/main.tsx
 * imports this first, before any schema is built (zod reads the setting when it builds one).
 */
z.config({ jitless: true });
