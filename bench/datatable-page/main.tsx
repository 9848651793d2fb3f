import '@mantine/core/styles.css';
import 'mantine-datatable/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { theme } from '@/app/theme';
import { BenchPage } from './bench-page';

/** Same start-up as the demo build: the mock worker (with the persisted mock database) before the first render. */
async function startMocks() {
  const { startMockWorker } = await import('@mocks/runtime/browser');
  await startMockWorker(
    () => new Worker(new URL('./mocks/bench-api.worker.ts', import.meta.url), { type: 'module', name: 'mock-api' }),
  );
}

await startMocks();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <BenchPage />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
