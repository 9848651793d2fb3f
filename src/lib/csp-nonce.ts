/**
 * This response's Content-Security-Policy nonce, which the server wrote into index.html's
 * `<meta property="csp-nonce">` (see deploy/headers.ts); empty where there is none (tests).
 * Mantine's runtime <style> elements (theme variables, responsive layout) need it; the browser
 * hides it from attribute selectors.
 */
export const cspNonce = (): string =>
  document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
