/**
 * The bearer token lives in memory and in sessionStorage (so a reload keeps the
 * person signed in, a closed tab does not). It is not patient data.
 */
const storageKey = 'vein-desk.token';
let token: string | null = sessionStorage.getItem(storageKey);

export function getToken(): string | null {
  return token;
}

export function setToken(next: string | null): void {
  token = next;
  if (next) sessionStorage.setItem(storageKey, next);
  else sessionStorage.removeItem(storageKey);
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function notifyUnauthorized(): void {
  for (const listener of unauthorizedListeners) listener();
}
