import './lib/zod-jitless';
import './app/styles';
import type { QueryClient } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { createRoutes, preloadRoutes } from './app/router';
import { createQueryClient } from './lib/query-client';
import { loadZoneData } from './lib/zone-formatter';

/**
 * Mocks are on in `npm run dev` (unless VITE_MSW=off) and in a demo build (VITE_MSW=on). Written
 * in each entry (src/main.tsx, src/public-form.tsx): imported from a module, the build would no
 * longer see it is false, and would keep the mock backend's code.
 */
const mocksEnabled = import.meta.env.DEV ? import.meta.env.VITE_MSW !== 'off' : import.meta.env.VITE_MSW === 'on';

/**
 * Resolves when the browser is idle with no query loading (or after 5 s, whatever is loading): the
 * dev panel's code and its requests, which pass through the page's MSW, never delay a page's data.
 */
const whenSettled = (queryClient: QueryClient) =>
  new Promise<void>((resolve) => {
    const giveUpAt = Date.now() + 5_000;
    const check = () =>
      requestIdleCallback(
        () => (queryClient.isFetching() === 0 || Date.now() > giveUpAt ? resolve() : setTimeout(check, 250)),
        { timeout: 2_000 },
      );
    check();
  });

async function startMocks(queryClient: QueryClient) {
  // A build without mocks holds none of their code: everything below is dead code there.
  if (!mocksEnabled) return null;
  // The dev panel is a button in a corner: it loads once the page has its data.
  const DevPanel = lazy(async () => {
    await whenSettled(queryClient);
    const { DevPanel } = await import('../mocks/dev-panel/dev-panel');
    return { default: DevPanel };
  });
  const { startMockWorker } = await import('../mocks/runtime/browser');
  await startMockWorker();
  return (
    <Suspense fallback={null}>
      <DevPanel />
    </Suspense>
  );
}

// No top-level await here: it would turn off the bundler's chunk merging for the whole app.
async function start() {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  // This page's code downloads while the mock backend starts (and is not routed through it).
  preloadRoutes(routes, window.location.pathname);
  // While the page waits for its data: the first clinic time it shows would pay for this otherwise.
  requestIdleCallback(loadZoneData);
  const devTools = await startMocks(queryClient);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');

  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} router={createBrowserRouter(routes)} devTools={devTools} />
    </StrictMode>,
  );
}

void start();
