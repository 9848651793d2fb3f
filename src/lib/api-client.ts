import { apiBaseUrl } from '@/config/env';
import { ApiError, ContractError } from './api-error';
import { getToken, notifyUnauthorized } from './auth-token';
import { type BodyOf, type Endpoint, fillPath, type QueryOf, type ResponseOf } from './endpoint';
import { type Problem, problemSchema } from './problem';
import { learnServerTime } from './server-clock';

const timeoutMs = 15_000;

export type RequestOptions<E extends Endpoint> = {
  params?: Record<string, string>;
  signal?: AbortSignal;
  /** For an idempotent create: the same key for every retry of one attempt (a fresh one if left out). */
  idempotencyKey?: string;
} & (QueryOf<E> extends undefined ? { query?: undefined } : { query?: QueryOf<E> }) &
  (BodyOf<E> extends undefined ? { body?: undefined } : { body: BodyOf<E> });

function buildUrl(path: string, query: unknown): string {
  const url = `${apiBaseUrl}${path}`;
  if (!query || typeof query !== 'object') return url;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `${url}?${text}` : url;
}

// Staff read these: what happened and what to do, never a method or a path.
const supportHint = "If it keeps happening, tell whoever looks after the clinic's systems";

function transportProblem(error: unknown): Problem {
  const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
  return {
    type: 'about:blank',
    status: 0,
    title: timedOut ? 'The server took too long to answer' : 'Could not reach the server',
    detail: timedOut
      ? `No answer came within ${timeoutMs / 1000} seconds. Nothing you entered is lost: try again.`
      : 'Check the connection and try again. Nothing you entered is lost.',
  };
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    status: response.status,
    title: response.status >= 500 ? 'The server could not finish this' : 'The server refused this',
    detail: `Try again in a moment. ${supportHint} (error ${response.status}).`,
  };
  try {
    const parsed = problemSchema.safeParse(await response.json());
    return parsed.success ? { ...parsed.data, status: response.status } : fallback;
  } catch {
    return fallback;
  }
}

/** Calls one endpoint of the contract and returns its parsed, typed response. */
export async function apiRequest<E extends Endpoint>(endpoint: E, options: RequestOptions<E>): Promise<ResponseOf<E>> {
  const path = fillPath(endpoint.path, options.params);
  const label = `${endpoint.method.toUpperCase()} ${endpoint.path}`;
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = getToken();
  if (token && !endpoint.public) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (endpoint.idempotent) headers['Idempotency-Key'] = options.idempotencyKey ?? crypto.randomUUID();

  const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: endpoint.method.toUpperCase(),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.any(signals),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(transportProblem(error));
  }
  learnServerTime(response.headers.get('Date'));

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !endpoint.public) notifyUnauthorized();
    throw new ApiError(problem);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    // A timeout or a dropped connection while the body streams in, or a body that is not JSON.
    if (error instanceof SyntaxError) throw new ContractError(label, [{ path: [], message: 'not JSON' }]);
    throw new ApiError(transportProblem(error));
  }
  const parsed = endpoint.response.safeParse(body);
  if (!parsed.success) throw new ContractError(label, parsed.error.issues);
  return parsed.data as ResponseOf<E>;
}
