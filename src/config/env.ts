/** The API base URL; the mock backend answers it in development and tests. */
export const apiBaseUrl = (import.meta.env.VITE_API_URL ?? '/api').replace(/\/$/, '');
