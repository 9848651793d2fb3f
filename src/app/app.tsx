import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from './provider';

type Props = { queryClient: QueryClient; router: DataRouter; devTools?: ReactNode };

export function App({ queryClient, router, devTools }: Props) {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
      {devTools}
    </AppProvider>
  );
}
