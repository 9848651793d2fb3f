import { accounts, demoPassword, fixedNow } from '@tests/fixtures';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { apiBaseUrl } from '@/config/env';
import type { AuditEntry } from '@/features/audit/schemas';
import type { Problem } from '@/lib/problem';
import { seed } from '../../data/scenarios';
import { seededAccounts } from '../../data/seeds/staff';
import { clock } from '../../runtime/clock';
import { resetNetwork } from '../../runtime/network';
import { server } from '../../runtime/node';
import { db } from '../db';

/** `server.readyState` is 1 (NetworkReadyState.ENABLED) once something called `listen`. */
const listening = () => server.readyState === 1;

/**
 * Mock API lifecycle for these tests: listens unless a global setup already does, and
 * before each test freezes the clock at `fixedNow` and reseeds the typical clinic.
 */
export function setUpMockApi(scenario: Parameters<typeof seed>[0] = 'typical'): void {
  let startedHere = false;
  beforeAll(() => {
    if (listening()) return;
    server.listen({ onUnhandledFrame: 'error' });
    startedHere = true;
  });
  beforeEach(() => {
    clock.setNow(fixedNow);
    resetNetwork();
    seed(scenario);
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => {
    clock.followRealTime();
    if (startedHere) server.close();
  });
}

/** A record, or the problem details answered instead (its HTTP status is `ApiAnswer.status`). */
export type OrProblem<T> = T & Partial<Omit<Problem, 'status'>>;

export interface ApiAnswer<T> {
  status: number;
  body: T;
  headers: Headers;
}

interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  token?: string | null;
  query?: Record<string, string | number | boolean>;
  headers?: Record<string, string>;
}

const origin = () => globalThis.location?.origin ?? 'http://localhost';

/** A real `fetch` to the mock API; the body is parsed JSON (typed by the caller: tests read it loosely). */
export async function api<T = Record<string, unknown>>(path: string, options: ApiOptions = {}): Promise<ApiAnswer<T>> {
  const url = new URL(`${apiBaseUrl}${path}`, origin());
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, String(value));
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}

export async function signIn(email: string = accounts.front_desk): Promise<string> {
  const account = seededAccounts.find((candidate) => candidate.email === email);
  const answer = await api<{ token: string }>('/auth/login', {
    body: { email, password: account?.password ?? demoPassword },
  });
  if (answer.status !== 200) throw new Error(`Sign-in as ${email} failed with ${answer.status}`);
  return answer.body.token;
}

export function staffIdOf(email: string): string {
  const member = [...db.staff.values()].find((candidate) => candidate.email === email);
  if (!member) throw new Error(`No seeded staff member ${email}`);
  return member.id;
}

/** The newest audit entries (newest first). */
export function latestAudit(count = 1): AuditEntry[] {
  return db.audit.slice(-count).reverse();
}
