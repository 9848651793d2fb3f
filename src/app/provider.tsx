import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useNotifications } from '@mantine/notifications';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { cspNonce } from '@/lib/csp-nonce';
import { handleInvalidSubmits } from '@/lib/invalid-submit';
import { cssVariablesResolver, theme } from './theme';

const Toasts = lazy(() => import('./toasts').then((module) => ({ default: module.Toasts })));

/**
 * The toasts' component loads with the first toast, not with every page: the store that holds the
 * toasts is always there, and the component shows what it holds once it has loaded.
 */
function NotificationsOnFirstUse() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  return needed ? (
    <Suspense fallback={null}>
      <Toasts />
    </Suspense>
  ) : null;
}

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEffect(handleInvalidSubmits, []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} getStyleNonce={cspNonce}>
      <DatesProvider settings={{ locale: 'en', firstDayOfWeek: 1 }}>
        <QueryClientProvider client={queryClient}>
          <NotificationsOnFirstUse />
          {children}
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
