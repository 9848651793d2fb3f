import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/chromium';
import { devPort as port, previewPort } from './tests/e2e/ports';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    // Far from the clinic's zone: every time must still show in clinic time.
    timezoneId: 'Asia/Tokyo',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      // Mocks on, no network latency or failures, so the specs read like a person working.
      command: `npx vite --port ${port} --strictPort`,
      env: { VITE_MOCK_LATENCY: '0' },
      url: `http://localhost:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The production build (no mocks) as a deployment serves it, headers and CSP included.
      // CI has just built it; elsewhere it is built afresh (a couple of seconds), so it is never stale.
      command: `${process.env.CI ? 'test -f dist/index.html || ' : ''}npx vite build && npx vite preview --port ${previewPort} --strictPort`,
      url: `http://localhost:${previewPort}/login`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
