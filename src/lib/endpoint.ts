import type { z } from 'zod';
import type { ProblemType } from './problem';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One API endpoint: its path and the schemas of what goes in and comes out.
 * The API client and the mock handlers both read these, so they cannot drift.
 */
export interface Endpoint<
  TQuery extends z.ZodType | undefined = z.ZodType | undefined,
  TBody extends z.ZodType | undefined = z.ZodType | undefined,
  TResponse extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Relative to the API base URL, with `:param` segments. */
  path: string;
  query?: TQuery;
  body?: TBody;
  response: TResponse;
  /** Public endpoints need no bearer token. */
  public?: boolean;
  /** A POST that changes nothing: a search whose filters hold patient data, sent in the body. */
  readOnly?: boolean;
  /** One line for the published contract (OpenAPI `summary`). */
  summary?: string;
  /**
   * The staff roles that may call it; absent means every signed-in role. Others get 403
   * (the mock's `route()` refuses them before the handler runs).
   */
  roles?: readonly string[];
  /**
   * Problems it can answer besides those its shape implies: 401 unless public, 403 with
   * `roles`, 404 with a `:param`, 409 `staleVersion` with a `version` body field, 422 with a
   * query or body. The mock reports any other problem it answers as a contract bug.
   */
  problems?: readonly ProblemType[];
  /**
   * A create that takes an `Idempotency-Key` header: a retry with the same key (after a
   * timeout, a double click) gets the first answer again instead of writing twice.
   */
  idempotent?: boolean;
}

export const endpoint = <
  TQuery extends z.ZodType | undefined = undefined,
  TBody extends z.ZodType | undefined = undefined,
  TResponse extends z.ZodType = z.ZodType,
>(
  definition: Endpoint<TQuery, TBody, TResponse>,
) => definition;

export type QueryOf<E> =
  E extends Endpoint<infer Q, z.ZodType | undefined, z.ZodType>
    ? Q extends z.ZodType
      ? z.input<Q>
      : undefined
    : never;
export type BodyOf<E> =
  E extends Endpoint<z.ZodType | undefined, infer B, z.ZodType>
    ? B extends z.ZodType
      ? z.input<B>
      : undefined
    : never;
export type ResponseOf<E> =
  E extends Endpoint<z.ZodType | undefined, z.ZodType | undefined, infer R> ? z.output<R> : never;

export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:(\w+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Missing path parameter "${key}" for ${path}`);
    return encodeURIComponent(value);
  });
}
