import { HttpResponse, passthrough, RequestHandler, type ResponseResolver } from 'msw';
import { setupWorker } from 'msw/browser';
import { apiBaseUrl } from '@/config/env';
import type { SerializedResponse } from './worker/protocol';

/**
 * Hands every request under the API's base URL to the resolver. MSW's `http.all` would also
 * match a path pattern and parse the page's cookies for each request: the backend's own router
 * does the matching, reads no cookies, and on a slow machine that work cost the page's main
 * thread about 20 ms a request.
 */
class ApiRequestHandler extends RequestHandler {
  readonly #base = new URL(`${apiBaseUrl}/`, window.location.href).href;

  constructor(resolver: ResponseResolver) {
    super({ info: { header: `${apiBaseUrl}/*` }, resolver });
  }

  predicate({ request }: { request: Request }): boolean {
    return request.url.startsWith(this.#base);
  }

  log(): void {}
}

/**
 * MSW's service worker hands each API request to this page; `forward` gets the answer from the
 * mock backend's worker (`./browser.ts`). This module holds MSW's page side, so it loads in
 * parallel with the backend starting up.
 */
export async function startServiceWorker(forward: (request: Request) => Promise<SerializedResponse>): Promise<void> {
  const serviceWorker = setupWorker(
    new ApiRequestHandler(async ({ request }) => {
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
