import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Endpoint } from '@/lib/endpoint';

/**
 * SPEC rule 14: no patient data in API query strings. Query strings end up in server logs,
 * proxies and browser history; free text and contact details go in a request body instead.
 */
const forbiddenKey = /^(q|search|text|query)$|name|phone|email|message|note/i;

/** Known exceptions, each with the change that removes it. */
const knownExceptions = new Set<string>([]);

const modules = import.meta.glob<Record<string, unknown>>('/src/**/api/*endpoints.ts', { eager: true });

function isEndpoint(value: unknown): value is Endpoint {
  return typeof value === 'object' && value !== null && 'path' in value && 'method' in value && 'response' in value;
}

const endpoints = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([exportName]) => exportName.endsWith('Endpoints'))
    .flatMap(([groupName, group]) =>
      Object.entries(group as Record<string, unknown>)
        .filter((entry): entry is [string, Endpoint] => isEndpoint(entry[1]))
        .map(([name, endpoint]) => ({ id: `${groupName}.${name}`, file, endpoint })),
    ),
);

function queryKeys(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  throw new Error('A query schema should be a plain object schema, so its keys can be checked');
}

describe('the API contract keeps patient data out of query strings', () => {
  it('finds the endpoints of every feature', () => {
    const groups = new Set(endpoints.map(({ id }) => id.split('.')[0]));
    expect([...groups]).toEqual(
      expect.arrayContaining(['patientEndpoints', 'contactRequestEndpoints', 'followUpEndpoints', 'auditEndpoints']),
    );
  });

  const checked = endpoints.filter(({ id, endpoint }) => endpoint.query && !knownExceptions.has(id));
  it.each(checked)('$id takes no free text or contact field in its query', ({ endpoint }) => {
    const keys = endpoint.query ? queryKeys(endpoint.query) : [];
    const offending = keys.filter((key) => forbiddenKey.test(key));
    expect(offending, `${endpoint.method.toUpperCase()} ${endpoint.path}`).toEqual([]);
  });

  it('lists no exception that has been fixed', () => {
    const stillOffending = endpoints
      .filter(({ id, endpoint }) => knownExceptions.has(id) && endpoint.query)
      .filter(({ endpoint }) => endpoint.query && queryKeys(endpoint.query).some((key) => forbiddenKey.test(key)))
      .map(({ id }) => id);
    expect(stillOffending.sort()).toEqual([...knownExceptions].sort());
  });

  it('catches a search by phone in the query', () => {
    expect(
      queryKeys(z.object({ page: z.number(), phone: z.string() })).filter((key) => forbiddenKey.test(key)),
    ).toEqual(['phone']);
    expect(forbiddenKey.test('patientName')).toBe(true);
    expect(forbiddenKey.test('patientId')).toBe(false);
  });
});
