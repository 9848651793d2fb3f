import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The bench-only timing floor: the inbox's first screen with the stack's libraries and no app
 * code (no aliases to src/ or mocks/). Served under /bench-inbox-floor/ on the origin of the
 * build without mocks, so it calls the same Node API backend with the same session.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/bench-inbox-floor/',
  plugins: [react()],
  build: { outDir: `${projectRoot}dist-bench-inbox-floor`, emptyOutDir: true },
});
