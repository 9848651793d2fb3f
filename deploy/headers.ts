/**
 * The HTTP headers a deployment of Vein Desk must send: the one source for `vite preview`
 * (deploy/preview-headers.ts), the browser test that runs the production build under them
 * (tests/e2e/csp.spec.ts) and docs/deployment.md, which says why each one is there.
 */

/**
 * What the build writes where each response's nonce goes (Vite's `html.cspNonce`): the server
 * replaces it in index.html with a fresh random value per response, the same one it puts in
 * the Content-Security-Policy header. Mantine's runtime <style> elements carry it.
 */
export const cspNoncePlaceholder = '__CSP_NONCE__';

/** The API's origin when it is not the page's own (an absolute VITE_API_URL). */
export function apiOrigin(apiUrl: string | undefined): string | undefined {
  return apiUrl && /^https?:\/\//.test(apiUrl) ? new URL(apiUrl).origin : undefined;
}

/** No inline script or style at all: scripts only from the app's origin, styles from it or with this response's nonce. */
export function contentSecurityPolicy(nonce: string, api?: string): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", `'nonce-${nonce}'`],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(api ? [api] : [])],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Every response of the app: the page and its assets. */
export const securityHeaders = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // For browsers that predate CSP's frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
} as const;

/** The page (index.html, answered for every app path): it holds this response's nonce, so no cache keeps it. */
export function documentHeaders(nonce: string, api?: string): Record<string, string> {
  return {
    ...securityHeaders,
    'Content-Security-Policy': contentSecurityPolicy(nonce, api),
    'Cache-Control': 'no-store',
  };
}

/** Every API response: patient data never stays in a browser's or a proxy's cache. */
export const apiHeaders = { 'Cache-Control': 'no-store' } as const;
