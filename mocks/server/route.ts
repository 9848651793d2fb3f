import { type HttpHandler, HttpResponse, http } from 'msw';
import type { z } from 'zod';
import { apiBaseUrl } from '@/config/env';
import type { Endpoint } from '@/lib/endpoint';
import { problemTypesOf } from '@/lib/endpoint-traits';
import { type Problem, problemTypes } from '@/lib/problem';
import { roleSchema, type StaffMember } from '@/shared/staff/schemas';
import { apiHeaders } from '../../deploy/headers';
import { clock } from '../runtime/clock';
import { simulateNetwork } from '../runtime/network';
import { db, notifyChange } from './db';
import { authenticate } from './model/auth';
import { ProblemError, validationProblem } from './problem-error';
import { requireRole } from './utils';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface PublicRouteArgs<TQuery, TBody> {
  query: Parsed<TQuery>;
  body: Parsed<TBody>;
  params: Record<string, string>;
  request: Request;
}
export interface RouteArgs<TQuery, TBody> extends PublicRouteArgs<TQuery, TBody> {
  actor: StaffMember;
}

/** A response body with a status other than 200. */
export class Reply<T> {
  constructor(
    readonly body: T,
    readonly status: number,
  ) {}
}

type Answer<TResponse extends z.ZodType> = z.input<TResponse> | Reply<z.input<TResponse>>;
type Resolver<Args, TResponse extends z.ZodType> = (args: Args) => Answer<TResponse> | Promise<Answer<TResponse>>;

// Like a real backend (deploy/headers.ts): no answer, with or without patient data, is kept in a cache.
const headers = (contentType: string) => ({
  'Content-Type': contentType,
  Date: clock.now().toUTCString(),
  ...apiHeaders,
});

export function problemResponse(problem: Problem): Response {
  return HttpResponse.json(problem, { status: problem.status, headers: headers('application/problem+json') });
}

function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_form';
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  return errors;
}

function parseWith(schema: z.ZodType | undefined, input: unknown): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(input);
  if (!result.success) throw validationProblem(fieldErrors(result.error.issues));
  return result.data;
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw validationProblem({ _form: ['The request body is not valid JSON.'] }, 'The request body is not valid JSON.');
  }
}

function pathParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const entries = Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? value : ''] as const);
  return Object.fromEntries(entries);
}

/** Where an idempotent create's first answer is kept: per person (or the public), method, path and key. */
function idempotencyScope(request: Request, actor: StaffMember | null): string | null {
  const key = request.headers.get('Idempotency-Key');
  if (!key) return null;
  return `${actor?.id ?? 'public'} ${request.method} ${new URL(request.url).pathname} ${key}`;
}

function jsonResponse(body: string, status: number, extra: Record<string, string> = {}): Response {
  return new HttpResponse(body, { status, headers: { ...headers('application/json'), ...extra } });
}

/** The endpoint's `roles`, enforced before the handler runs. */
function checkRoles(endpoint: Endpoint, actor: StaffMember | null): void {
  if (!endpoint.roles || !actor) return;
  const action = endpoint.summary ? endpoint.summary.charAt(0).toLowerCase() + endpoint.summary.slice(1) : 'do this';
  requireRole(actor, roleSchema.array().parse(endpoint.roles), action);
}

/** A problem the contract does not list for this endpoint is a contract bug, like a bad response body. */
function reportUndeclared(endpoint: Endpoint, label: string, problem: Problem): void {
  const declared: string[] = problemTypesOf(endpoint).map((type) => problemTypes[type]);
  if (problem.type === problemTypes.server || declared.includes(problem.type)) return;
  console.error(`Mock answer for ${label} is a problem its endpoint does not declare: ${problem.type}`);
}

function buildHandler<
  TQuery extends z.ZodType | undefined,
  TBody extends z.ZodType | undefined,
  TResponse extends z.ZodType,
>(
  endpoint: Endpoint<TQuery, TBody, TResponse>,
  resolve: (args: PublicRouteArgs<TQuery, TBody>, actor: StaffMember | null) => Promise<Answer<TResponse>>,
): HttpHandler {
  const label = `${endpoint.method.toUpperCase()} ${endpoint.path}`;
  return http[endpoint.method](`${apiBaseUrl}${endpoint.path}`, async ({ request, params }) => {
    const simulated = await simulateNetwork(request);
    if (simulated) return simulated;
    try {
      const actor = endpoint.public ? null : authenticate(request);
      checkRoles(endpoint, actor);
      const query = parseWith(endpoint.query, Object.fromEntries(new URL(request.url).searchParams)) as Parsed<TQuery>;
      const text = endpoint.body ? await request.text() : '';
      const scope = endpoint.idempotent ? idempotencyScope(request, actor) : null;
      const replay = scope ? db.idempotentReplies.get(scope) : undefined;
      if (replay && replay.requestBody !== text) {
        const detail = 'This Idempotency-Key was already used for a different request: send a new key.';
        throw validationProblem({ _form: [detail] }, detail);
      }
      if (replay) return jsonResponse(replay.body, replay.status, { 'Idempotent-Replayed': 'true' });
      const body = parseWith(endpoint.body, endpoint.body ? parseJson(text) : undefined) as Parsed<TBody>;
      const answer = await resolve({ query, body, params: pathParams(params), request }, actor);
      const reply = answer instanceof Reply ? answer : new Reply(answer, 200);
      const checked = endpoint.response.safeParse(reply.body);
      if (!checked.success) {
        console.error(`Mock response for ${label} breaks the contract`, checked.error.issues);
        throw new ProblemError(
          500,
          'server',
          'Mock response breaks the contract',
          `${label}: ${checked.error.message}`,
        );
      }
      const json = JSON.stringify(checked.data);
      if (scope) db.idempotentReplies.set(scope, { requestBody: text, status: reply.status, body: json });
      if (endpoint.method !== 'get' && !endpoint.readOnly) notifyChange();
      return jsonResponse(json, reply.status);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      reportUndeclared(endpoint, label, error.problem);
      return problemResponse(error.problem);
    }
  });
}

/**
 * An MSW handler for one contract endpoint: simulated network, bearer-token sign-in,
 * query and body validated by the contract (422 with field errors), the answer checked
 * against the response schema, a `Date` header from the mock clock, and `ProblemError`s
 * turned into problem details.
 */
export function route<
  TQuery extends z.ZodType | undefined,
  TBody extends z.ZodType | undefined,
  TResponse extends z.ZodType,
>(endpoint: Endpoint<TQuery, TBody, TResponse>, resolver: Resolver<RouteArgs<TQuery, TBody>, TResponse>): HttpHandler {
  if (endpoint.public) throw new Error(`${endpoint.path} is public: use publicRoute`);
  return buildHandler(endpoint, async (args, actor) => {
    if (!actor) throw new Error('Unreachable: a private route always has a signed-in actor');
    return resolver({ ...args, actor });
  });
}

/** Like `route`, for endpoints that need no sign-in (login, the website's contact form). */
export function publicRoute<
  TQuery extends z.ZodType | undefined,
  TBody extends z.ZodType | undefined,
  TResponse extends z.ZodType,
>(
  endpoint: Endpoint<TQuery, TBody, TResponse>,
  resolver: Resolver<PublicRouteArgs<TQuery, TBody>, TResponse>,
): HttpHandler {
  if (!endpoint.public) throw new Error(`${endpoint.path} needs sign-in: use route`);
  return buildHandler(endpoint, async (args) => resolver(args));
}
