import { IntakePage } from '@/features/contact-requests/components/intake/intake-page';

/**
 * The patient-facing form on its own, rendered into the page's card (request-appointment.html
 * holds the heading). It is React and the form alone: no Mantine, router, query cache, dates or
 * toasts, and its checks load after it is drawn, so a phone opening it from the clinic's website
 * shows it as soon as React runs.
 */
export function PublicFormApp() {
  return <IntakePage />;
}
