import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { type LoaderFunction, matchRoutes, type RouteObject } from 'react-router';
import { RouteError } from '@/components/errors/route-error';
import { PageLoader } from '@/components/page-loader';

type RouteModule = {
  default: ComponentType;
  loader?: (queryClient: QueryClient) => LoaderFunction;
};

/** Lazy route modules default-export their component and may export a `loader(queryClient)` factory. */
const lazyRoute = (queryClient: QueryClient, load: () => Promise<RouteModule>) => async () => {
  const module = await load();
  return { Component: module.default, loader: module.loader?.(queryClient) };
};

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const route = (load: () => Promise<RouteModule>) => lazyRoute(queryClient, load);
  return [
    {
      HydrateFallback: PageLoader,
      ErrorBoundary: RouteError,
      children: [
        { path: '/login', lazy: route(() => import('./routes/login')) },
        {
          path: '/',
          lazy: route(() => import('./routes/app-layout')),
          ErrorBoundary: RouteError,
          children: [
            {
              ErrorBoundary: RouteError,
              children: [
                { index: true, lazy: route(() => import('./routes/today')) },
                {
                  path: 'requests',
                  lazy: route(() => import('./routes/requests')),
                  children: [
                    { path: ':id', lazy: route(() => import('./routes/request-detail')), ErrorBoundary: RouteError },
                  ],
                },
                { path: 'schedule', lazy: route(() => import('./routes/schedule')) },
                { path: 'series', lazy: route(() => import('./routes/series')) },
                { path: 'series/book', lazy: route(() => import('./routes/book-series')) },
                { path: 'series/:id', lazy: route(() => import('./routes/series-detail')) },
                {
                  path: 'follow-ups',
                  lazy: route(() => import('./routes/follow-ups')),
                  children: [
                    { path: ':id', lazy: route(() => import('./routes/follow-up-detail')), ErrorBoundary: RouteError },
                  ],
                },
                { path: 'patients', lazy: route(() => import('./routes/patients')) },
                { path: 'patients/:id', lazy: route(() => import('./routes/patient-detail')) },
                { path: 'settings', lazy: route(() => import('./routes/settings')) },
                { path: 'staff', lazy: route(() => import('./routes/staff')) },
                { path: 'audit', lazy: route(() => import('./routes/audit')) },
                { path: '*', lazy: route(() => import('./routes/not-found')) },
              ],
            },
          ],
        },
      ],
    },
  ];
}

/**
 * Starts downloading the code of the routes matching `pathname` before the router exists (the
 * router then finds the modules loaded). Failures are left for the router to report.
 */
export function preloadRoutes(routes: RouteObject[], pathname: string): void {
  for (const { route } of matchRoutes(routes, pathname) ?? []) {
    if (typeof route.lazy === 'function') route.lazy().catch(() => undefined);
  }
}
