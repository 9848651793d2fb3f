import type { Page, Request } from 'playwright-core';

/**
 * Playwright never sees the request for a SharedWorker's script finish (the mock backend's
 * `mock-api.worker-*.js`), so `waitForLoadState('networkidle')` never comes on the demo build.
 * This counts every other request of the page instead.
 */
const sharedWorkerScript = /\.worker-[\w-]+\.js$/;
const quietMs = 500;
const timeoutMs = 30_000;

/** Start before navigating; the returned function resolves once no request has been in flight for 500 ms. */
export function trackNetwork(page: Page): () => Promise<void> {
  const pending = new Set<Request>();
  let lastChange = Date.now();
  page.on('request', (request) => {
    if (sharedWorkerScript.test(new URL(request.url()).pathname)) return;
    pending.add(request);
    lastChange = Date.now();
  });
  const settle = (request: Request) => {
    if (pending.delete(request)) lastChange = Date.now();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return async () => {
    const startedAt = Date.now();
    while (pending.size > 0 || Date.now() - lastChange < quietMs) {
      if (Date.now() - startedAt > timeoutMs) {
        const urls = [...pending].map((request) => request.url()).join(', ');
        throw new Error(`The network did not go quiet within ${timeoutMs / 1000} s (in flight: ${urls || 'none'})`);
      }
      await page.waitForTimeout(50);
    }
  };
}
