import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { handleInvalidSubmits } from '@/lib/invalid-submit';
import { cssVariablesResolver, theme } from './theme';

// Not needed for the first paint; notifications shown before it loads appear once it has.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((module) => ({ default: module.Notifications })),
);

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEffect(handleInvalidSubmits, []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: 'en', firstDayOfWeek: 1 }}>
        <QueryClientProvider client={queryClient}>
          <Suspense fallback={null}>
            <Notifications position="top-center" />
          </Suspense>
          {children}
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
