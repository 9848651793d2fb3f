import type { z } from 'zod';
import { type Endpoint, fillPath } from '@/lib/endpoint';
import { authEndpoints } from '@/shared/auth/api/endpoints';
import { endpointLabel } from '../registry';
import type { Accounts, Role } from './accounts';

export interface Call {
  /** Who calls: a role signs in with its account; null sends no token. */
  as: Role | null;
  /** A token to send instead of the role's (e.g. a fresh one for logout). */
  token?: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

export type Fetch = (request: Request) => Promise<Response>;

/** Fails one check with a message that says what was expected. */
export class CheckFailure extends Error {}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

/** "500 server-error: Mock response breaks the contract" from a problem answer, for messages. */
export function describeAnswer(answer: Answer): string {
  const body = answer.body;
  if (typeof body === 'object' && body !== null && 'title' in body) {
    const type = 'type' in body && typeof body.type === 'string' ? ` ${body.type.split('/').at(-1)}` : '';
    const detail = 'detail' in body && typeof body.detail === 'string' ? ` (${body.detail})` : '';
    const errors = 'errors' in body ? ` ${JSON.stringify(body.errors)}` : '';
    return `${answer.status}${type}: ${String(body.title)}${detail}${errors}`;
  }
  return `${answer.status}: ${JSON.stringify(body)?.slice(0, 200)}`;
}

/** The API under test, spoken to over HTTP with the contract's own paths and schemas. */
export class ContractClient {
  private readonly tokens = new Map<Role, Promise<string>>();

  constructor(
    private readonly baseUrl: string,
    readonly accounts: Accounts,
    private readonly send: Fetch = (request) => fetch(request),
  ) {}

  async call(endpoint: Endpoint, call: Call): Promise<Answer> {
    const url = new URL(`${this.baseUrl.replace(/\/$/, '')}${fillPath(endpoint.path, call.params)}`);
    for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value);
    const headers = new Headers({ Accept: 'application/json' });
    const token = call.token ?? (call.as ? await this.tokenFor(call.as) : null);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (call.body !== undefined) headers.set('Content-Type', 'application/json');
    const response = await this.send(
      new Request(url, {
        method: endpoint.method.toUpperCase(),
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
      }),
    );
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: the checks report the text.
    }
    return { status: response.status, body, headers: response.headers };
  }

  /** A successful call, its body parsed with the endpoint's response schema. */
  async ok<R extends z.ZodType>(endpoint: Endpoint & { response: R }, call: Call): Promise<z.output<R>> {
    const answer = await this.call(endpoint, call);
    expect(
      answer.status >= 200 && answer.status < 300,
      `${endpointLabel(endpoint)} answered ${describeAnswer(answer)}`,
    );
    const parsed = endpoint.response.safeParse(answer.body);
    expect(parsed.success, `${endpointLabel(endpoint)}: the answer does not parse: ${parsed.error?.message}`);
    return parsed.data;
  }

  /** A new session for the role's account (cached: one sign-in per role). */
  tokenFor(role: Role): Promise<string> {
    const cached = this.tokens.get(role);
    if (cached) return cached;
    const token = this.signIn(role);
    this.tokens.set(role, token);
    return token;
  }

  async signIn(role: Role): Promise<string> {
    const session = await this.ok(authEndpoints.login, { as: null, body: this.accounts[role] });
    // The suite proves a backend in bearer mode (a cookie-mode one answers no token).
    if (!session.token) throw new Error('POST /auth/login answered no token: run the suite against bearer mode');
    return session.token;
  }
}
