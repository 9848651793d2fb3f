import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The bench-only mantine-datatable page: not part of the app's routes or bundle. It is
 * served under /bench-datatable/ on the same origin as the demo build, so it shares the
 * mock service worker and the mock database persisted in IndexedDB.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/bench-datatable/',
  plugins: [react()],
  resolve: {
    alias: {
      '@': `${projectRoot}src`,
      '@mocks': `${projectRoot}mocks`,
    },
  },
  // One page without route splitting: its main chunk is large by design.
  build: { outDir: `${projectRoot}dist-bench-datatable`, emptyOutDir: true, chunkSizeWarningLimit: 2_000 },
});
