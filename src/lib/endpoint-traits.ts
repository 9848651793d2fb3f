import { z } from 'zod';
import type { Endpoint } from './endpoint';
import type { ProblemType } from './problem';

/** Top-level keys every accepted body has (for a union: the keys all its options share). */
export function bodyKeys(schema: z.core.$ZodType | undefined): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return bodyKeys(schema.in);
  if (schema instanceof z.ZodUnion) {
    const [first, ...rest] = schema.options.map((option) => bodyKeys(option));
    return (first ?? []).filter((key) => rest.every((keys) => keys.includes(key)));
  }
  return [];
}

/** A `version` field in the body: optimistic concurrency, a stale one answers 409 with the current record. */
export const takesVersion = (endpoint: Endpoint) => bodyKeys(endpoint.body).includes('version');

/** An `idempotencyKey` field in the body: a repeated create with the same key creates once. */
export const takesIdempotencyKey = (endpoint: Endpoint) => bodyKeys(endpoint.body).includes('idempotencyKey');

export const pathParamNames = (endpoint: Endpoint) => [...endpoint.path.matchAll(/:(\w+)/g)].map((match) => match[1]);

/** Every problem type the endpoint may answer: those its shape implies, plus its declared `problems`. */
export function problemTypesOf(endpoint: Endpoint): ProblemType[] {
  const implied: ProblemType[] = [];
  if (!endpoint.public) implied.push('unauthenticated');
  if (endpoint.roles) implied.push('forbidden');
  if (pathParamNames(endpoint).length > 0) implied.push('notFound');
  if (takesVersion(endpoint)) implied.push('staleVersion');
  if (endpoint.query || endpoint.body) implied.push('validation');
  return [...new Set([...implied, ...(endpoint.problems ?? [])])];
}
