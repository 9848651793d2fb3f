import { MantineProvider } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { PageLoader } from '@/components/page-loader';
import { IntakePage } from '@/features/contact-requests/components/intake/intake-page';
import { cspNonce } from '@/lib/csp-nonce';
import { handleInvalidSubmits } from '@/lib/invalid-submit';
import { cssVariablesResolver, theme } from '../theme';

/**
 * The patient-facing form on its own, rendered into the page's card (request-appointment.html
 * holds the heading): the staff app's shell, router, dates and toasts are not part of it, so a
 * phone opening it from the clinic's website loads only what the form needs.
 */
export function PublicFormApp({ queryClient }: { queryClient: QueryClient }) {
  useEffect(handleInvalidSubmits, []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} getStyleNonce={cspNonce}>
      <QueryClientProvider client={queryClient}>
        {/* The form reads phone numbers in the clinic's country: it shows once that is known. */}
        <Suspense fallback={<PageLoader />}>
          <IntakePage />
        </Suspense>
      </QueryClientProvider>
    </MantineProvider>
  );
}
