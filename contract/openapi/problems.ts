import type { Endpoint } from '@/lib/endpoint';
import { problemTypesOf } from '@/lib/endpoint-traits';
import { type ProblemType, problemSchema, problemTypes } from '@/lib/problem';
import { type JsonSchema, jsonSchemaOf } from './json-schema';

const statusOf: Record<ProblemType, number> = {
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  staleVersion: 409,
  scheduleConflict: 409,
  invalidTransition: 409,
  server: 500,
};

const meaning: Record<ProblemType, string> = {
  validation: '`errors` maps each field path (e.g. `sessions.1.start`, `_form` for the whole body) to its messages',
  unauthenticated: 'no bearer token, or one that is unknown or expired (login: wrong email or password)',
  forbidden: 'the signed-in role may not do this',
  notFound: 'no record with the id in the path',
  staleVersion: 'the `version` sent is not the current one; `current` holds the current record',
  scheduleConflict:
    'the time clashes with another session or blocked time; `clashes` names it, `nextFreeSlots` offers starts, `sessionIndex` says which planned session',
  invalidTransition: 'the record is in a state that does not allow this change',
  server: 'the server failed',
};

type Extras = (endpoint: Endpoint, components: JsonSchema) => JsonSchema;
const extrasOf: Partial<Record<ProblemType, Extras>> = {
  validation: () => ({ required: ['errors'] }),
  staleVersion: (endpoint, components) => ({
    required: ['current'],
    properties: { current: jsonSchemaOf(endpoint.response, 'output', components) },
  }),
  scheduleConflict: () => ({ required: ['clashes', 'nextFreeSlots'] }),
};

export const problemComponent = jsonSchemaOf(problemSchema, 'output');
const problemRef = { $ref: '#/components/schemas/Problem' };

function problemVariant(type: ProblemType, endpoint: Endpoint, components: JsonSchema): JsonSchema {
  const extras = extrasOf[type]?.(endpoint, components) ?? {};
  return {
    title: type,
    allOf: [problemRef, { properties: { type: { const: problemTypes[type] } }, required: ['type'], ...extras }],
  };
}

/** The endpoint's problem-details responses by status, each listing its problem types. */
export function problemResponses(endpoint: Endpoint, components: JsonSchema): Record<string, JsonSchema> {
  const byStatus = new Map<number, ProblemType[]>();
  for (const type of problemTypesOf(endpoint)) {
    byStatus.set(statusOf[type], [...(byStatus.get(statusOf[type]) ?? []), type]);
  }
  const responses: Record<string, JsonSchema> = {};
  for (const [status, types] of [...byStatus].sort(([a], [b]) => a - b)) {
    const variants = types.map((type) => problemVariant(type, endpoint, components));
    responses[String(status)] = {
      description: types.map((type) => `\`${problemTypes[type]}\`: ${meaning[type]}.`).join('\n\n'),
      content: { 'application/problem+json': { schema: variants.length === 1 ? variants[0] : { oneOf: variants } } },
    };
  }
  return responses;
}
