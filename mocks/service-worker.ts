import { HttpResponse, http, passthrough } from 'msw';
import { setupWorker } from 'msw/browser';
import { apiBaseUrl } from '@/config/env';
import type { SerializedResponse } from './worker/protocol';

/**
 * MSW's service worker hands each API request to this page; `forward` gets the answer from the
 * mock backend's worker (`./browser.ts`). This module holds MSW's page side, so it loads in
 * parallel with the backend starting up.
 */
export async function startServiceWorker(forward: (request: Request) => Promise<SerializedResponse>): Promise<void> {
  const serviceWorker = setupWorker(
    http.all(`${apiBaseUrl}/*`, async ({ request }) => {
      const response = await forward(request);
      if (response.kind === 'unhandled') return passthrough();
      if (response.kind === 'network-error') return HttpResponse.error();
      return new HttpResponse(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    }),
  );
  await serviceWorker.start({ onUnhandledFrame: 'bypass', quiet: true });
}
