import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { cspNoncePlaceholder, securityHeaders } from './deploy/headers.ts';
import { previewSecurityHeaders } from './deploy/preview-headers.ts';
import { themeVariables } from './deploy/theme-variables.ts';

// Tests run far from the clinic's zone (America/New_York), so any time shown in the
// browser's zone instead of the clinic's fails them.
process.env.TZ ??= 'Pacific/Auckland';

/** Tests of pure modules: every feature's domain rules and clinic time. */
const domainTests = ['src/features/*/domain/__tests__/*.test.ts', 'src/lib/__tests__/clinic-time*.test.ts'];
const mswScript = 'mockServiceWorker.js';

/**
 * MSW's service worker script lives with the mocks, not in public/ (whose files every build
 * copies): the dev server serves it, and only the demo build (VITE_MSW=on) emits it, so a
 * real production build holds no mock code.
 */
function mockServiceWorkerScript(): Plugin {
  const read = () => readFileSync(fileURLToPath(new URL(`./mocks/public/${mswScript}`, import.meta.url)));
  return {
    name: 'mock-service-worker-script',
    configureServer(server) {
      server.middlewares.use(`/${mswScript}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(read());
      });
    },
    generateBundle() {
      if (process.env.VITE_MSW === 'on') this.emitFile({ type: 'asset', fileName: mswScript, source: read() });
    },
  };
}

export default defineConfig({
  // Two pages: the staff app, and the patient-facing form with an entry of its own (served at
  // /request-appointment: Vite and deployments try the `.html` of a path before the app's page).
  build: { rolldownOptions: { input: ['index.html', 'request-appointment.html'] } },
  plugins: [react(), mockServiceWorkerScript(), previewSecurityHeaders(), themeVariables()],
  // Each response's nonce goes here (a meta tag Mantine's <style> elements read): see deploy/headers.ts.
  html: { cspNonce: cspNoncePlaceholder },
  preview: { headers: securityHeaders },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    // Transform the lazy routes up front, so the first visit to a page does not wait for it.
    warmup: {
      clientFiles: [
        './src/public-form.tsx',
        './src/app/routes/*.tsx',
        './mocks/runtime/browser.ts',
        './mocks/runtime/service-worker.ts',
        './mocks/runtime/worker/*.worker.ts',
        './mocks/dev-panel/*.tsx',
      ],
    },
  },
  // Find every dependency of the lazy routes and the mocks at start-up: a dependency found
  // later makes Vite re-optimise and reload the page under a person's (or a test's) hands.
  optimizeDeps: {
    entries: [
      'index.html',
      'request-appointment.html',
      'src/app/routes/*.tsx',
      'mocks/runtime/browser.ts',
      'mocks/runtime/service-worker.ts',
      'mocks/runtime/worker/*.worker.ts',
      'mocks/dev-panel/*.tsx',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: [
            'src/**/*.test.{ts,tsx}',
            'mocks/**/*.test.{ts,tsx}',
            'tests/**/*.test.{ts,tsx}',
            'contract/**/*.test.ts',
            'deploy/**/*.test.ts',
            'bench/*.test.ts',
          ],
          exclude: ['tests/e2e/**', 'node_modules/**', ...domainTests],
          setupFiles: ['./tests/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // The pure rules in Node, without the DOM and the seeded mock backend: a run takes a
        // second or two, which the mutation tests (stryker.config.mjs) repeat for every mutant.
        extends: true,
        test: { name: 'domain', environment: 'node', include: domainTests, setupFiles: ['./tests/setup-domain.ts'] },
      },
    ],
  },
});
