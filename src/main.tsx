import './app/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { createQueryClient } from './lib/query-client';

/** Mocks are on in `npm run dev` (unless VITE_MSW=off) and in a demo build (VITE_MSW=on). */
const mocksEnabled = import.meta.env.DEV ? import.meta.env.VITE_MSW !== 'off' : import.meta.env.VITE_MSW === 'on';

async function startMocks() {
  if (!mocksEnabled) return null;
  const [{ startMockWorker }, { DevPanel }] = await Promise.all([
    import('../mocks/browser'),
    import('../mocks/dev-panel/dev-panel'),
  ]);
  await startMockWorker();
  return <DevPanel />;
}

const devTools = await startMocks();
const queryClient = createQueryClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} router={createAppRouter(queryClient)} devTools={devTools} />
  </StrictMode>,
);
