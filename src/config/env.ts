/** The API base URL; the mock backend answers it in development and tests. */
export const apiBaseUrl = (import.meta.env.VITE_API_URL ?? '/api').replace(/\/$/, '');

/**
 * How the page proves to the API who is signed in, chosen at build time (README, "Signing in:
 * bearer token or session cookie"): `bearer` (the default: the mock backend, demos) or
 * `cookie` (a real deployment: an HttpOnly session cookie no script can read).
 */
export const authMode: 'bearer' | 'cookie' = import.meta.env.VITE_AUTH_MODE === 'cookie' ? 'cookie' : 'bearer';
