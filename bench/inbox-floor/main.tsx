import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/Fieldset.css';
import '@mantine/core/styles/Chip.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { z } from 'zod';
import { requestsQuery, settingsQuery, staffQuery } from './api';
import { warmClinicFormats } from './clinic-time';
import { FloorPage } from './floor-page';
import { viewOf } from './view';

// As the app runs under its CSP (no eval): set before any schema parses.
z.config({ jitless: true });

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 } } });

/** Like the inbox's loader: the three calls at once; a cold start waits for the first rows too. */
async function loader({ request }: { request: Request }) {
  const query = requestsQuery(viewOf(new URL(request.url).searchParams));
  const coldStart = queryClient.getQueryData(query.queryKey) === undefined;
  const firstRows = queryClient.prefetchInfiniteQuery(query);
  await Promise.all([
    queryClient.fetchQuery(settingsQuery),
    queryClient.fetchQuery(staffQuery),
    coldStart ? firstRows : null,
  ]);
  return null;
}

const router = createBrowserRouter([{ path: '/', loader, Component: FloorPage, HydrateFallback: () => null }], {
  basename: '/bench-inbox-floor',
});
requestIdleCallback(() => warmClinicFormats('UTC'));
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// No StrictMode: a production build renders once either way.
createRoot(root).render(
  <MantineProvider>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </MantineProvider>,
);
