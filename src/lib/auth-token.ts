import { authMode } from '@/config/env';
import { csrfHeader } from './csrf-header';

/**
 * Who is signed in, as the page proves it to the API (`authMode`; README, "Signing in: bearer
 * token or session cookie"):
 * - bearer: the token from sign-in lives in memory and in sessionStorage (a reload keeps the
 *   person signed in, a closed tab does not) and goes in every call's Authorization header.
 * - cookie: the server keeps the session in an HttpOnly, Secure, SameSite=Strict cookie that no
 *   script can read. The page stores nothing; it only remembers whether it signed in or out.
 */
const storageKey = 'vein-desk.token';
let token: string | null = authMode === 'bearer' ? sessionStorage.getItem(storageKey) : null;

/** Cookie mode only: unknown after a reload, until the server answers with or without a session. */
let cookieSession: SessionState = 'unknown';

export type SessionState = 'signed-in' | 'signed-out' | 'unknown';

export function sessionState(): SessionState {
  if (authMode === 'cookie') return cookieSession;
  return token ? 'signed-in' : 'signed-out';
}

/** The bearer token; never one in cookie mode. */
export function getToken(): string | null {
  return token;
}

function setToken(next: string | null): void {
  token = next;
  if (next) sessionStorage.setItem(storageKey, next);
  else sessionStorage.removeItem(storageKey);
}

/** After sign-in. In cookie mode the session is the cookie the server set: nothing is kept. */
export function startSession(sessionToken: string | undefined): void {
  if (authMode === 'cookie') cookieSession = 'signed-in';
  else setToken(sessionToken ?? null);
}

/** After sign-out, or when the server says the session is gone. */
export function forgetSession(): void {
  if (authMode === 'cookie') cookieSession = 'signed-out';
  else setToken(null);
}

const unsafeMethods = new Set(['post', 'put', 'patch', 'delete']);

/** What a call sends to prove the session: the bearer token, or the cookie and the CSRF header. */
export function sessionCredentials(
  method: string,
  isPublic: boolean,
): Pick<RequestInit, 'credentials'> & {
  headers: Record<string, string>;
} {
  if (authMode === 'bearer') {
    return { headers: token && !isPublic ? { Authorization: `Bearer ${token}` } : {} };
  }
  return {
    credentials: 'include',
    headers: unsafeMethods.has(method.toLowerCase()) ? { [csrfHeader.name]: csrfHeader.value } : {},
  };
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
