import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The bench's own unit tests (its report code), in Node: `npx vitest run --config bench/vitest.config.ts`. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['bench/**/*.test.ts'],
    environment: 'node',
  },
});
