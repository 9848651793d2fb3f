import './app/styles';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { createRoutes, preloadRoutes } from './app/router';
import { createQueryClient } from './lib/query-client';

/** Mocks are on in `npm run dev` (unless VITE_MSW=off) and in a demo build (VITE_MSW=on). */
const mocksEnabled = import.meta.env.DEV ? import.meta.env.VITE_MSW !== 'off' : import.meta.env.VITE_MSW === 'on';

const whenIdle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 }));

async function startMocks() {
  // A build without mocks holds none of their code: everything below is dead code there.
  if (!mocksEnabled) return null;
  // The dev panel is a button in a corner: it loads once the page has settled.
  const DevPanel = lazy(async () => {
    await whenIdle();
    const { DevPanel } = await import('../mocks/dev-panel/dev-panel');
    return { default: DevPanel };
  });
  const { startMockWorker } = await import('../mocks/browser');
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
  const devTools = await startMocks();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');

  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} router={createBrowserRouter(routes)} devTools={devTools} />
    </StrictMode>,
  );
}

void start();
