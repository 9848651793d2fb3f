import { csrfHeader } from '@/lib/csrf-header';
import type { Endpoint } from '@/lib/endpoint';
import { pathParamNames, takesIdempotencyKey, takesVersion } from '@/lib/endpoint-traits';
import { type ContractEndpoint, contractEndpoints } from '../registry';
import { type JsonSchema, jsonSchemaOf, queryParameters } from './json-schema';
import { problemComponent, problemResponses } from './problems';

/** Bodies recorded from a valid call against the seeded mock, by operation id. */
export interface EndpointExample {
  request?: unknown;
  response: unknown;
}
export type Examples = Record<string, EndpointExample>;

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

function describeOperation(endpoint: Endpoint): string {
  const lines = [
    endpoint.public
      ? 'Public: no sign-in.'
      : `Roles: ${endpoint.roles ? endpoint.roles.map((role) => `\`${role}\``).join(', ') : 'every signed-in staff member'}.`,
  ];
  if (takesVersion(endpoint)) {
    lines.push(
      'Optimistic concurrency: send the `version` you read; a stale one is refused with 409 `stale-version` and the current record in `current`.',
    );
  }
  if (takesIdempotencyKey(endpoint)) {
    lines.push(
      'Idempotent: a repeat with the same `idempotencyKey` (per staff member) creates nothing and answers the first result with 200; a new one answers 201.',
    );
  }
  return lines.join('\n\n');
}

const dateHeader = {
  Date: { description: "The server's clock; the app reads time-based rules from it.", schema: { type: 'string' } },
};

const unsafeMethods = new Set(['post', 'put', 'patch', 'delete']);

/** Either mode proves the session (the document's default); in cookie mode an unsafe method also carries the CSRF header. */
function operationSecurity(endpoint: Endpoint): { security?: JsonSchema[] } {
  if (endpoint.public) return { security: [] };
  if (!unsafeMethods.has(endpoint.method)) return {};
  return { security: [{ bearerAuth: [] }, { sessionCookie: [], csrfHeader: [] }] };
}

const securitySchemes = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description:
      'Bearer mode (the mock backend, demos; the app built with `VITE_AUTH_MODE=bearer`, the default): the `token` from `POST /auth/login`. The app keeps it in sessionStorage, where any script on the page can read it.',
  },
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: '__Host-vein-desk-session',
    description: [
      'Cookie mode (a real deployment; the app built with `VITE_AUTH_MODE=cookie`): `POST /auth/login` sets the session cookie',
      '`HttpOnly; Secure; SameSite=Strict; Path=/` (no `Domain`, as the `__Host-` prefix demands; it expires with the session)',
      'and answers no `token`; `POST /auth/logout` ends the session and clears the cookie (`Max-Age=0`). The app sends',
      'credentials with every call and never an `Authorization` header; no script can read the cookie. An API on another',
      "origin than the app's must allow that one origin (not `*`) with `Access-Control-Allow-Credentials: true`.",
    ].join(' '),
  },
  csrfHeader: {
    type: 'apiKey',
    in: 'header',
    name: csrfHeader.name,
    description: [
      "Cookie mode's CSRF defence, a custom request header on top of `SameSite=Strict`: the app sends",
      `\`${csrfHeader.name}: ${csrfHeader.value}\` on every unsafe method (POST, PUT, PATCH, DELETE), sign-in included, and`,
      'the server refuses an unsafe call that carries the session cookie without it (403). A form on another site cannot',
      'set a header, and a script on another origin cannot send one without a CORS preflight the server refuses. The server',
      "also refuses an `Origin` header that is not the app's. Bearer mode needs none: a browser never adds the token by itself.",
    ].join(' '),
  },
};

function successResponses(
  endpoint: Endpoint,
  example: EndpointExample | undefined,
  components: JsonSchema,
): Record<string, JsonSchema> {
  const content = {
    'application/json': {
      schema: jsonSchemaOf(endpoint.response, 'output', components),
      ...(example ? { example: example.response } : {}),
    },
  };
  if (!takesIdempotencyKey(endpoint)) return { 200: { description: 'OK', headers: dateHeader, content } };
  return {
    200: { description: 'Already done with this idempotency key: the first result', headers: dateHeader, content },
    201: { description: 'Created', headers: dateHeader, content },
  };
}

function operation(
  { group, id, endpoint }: ContractEndpoint,
  example: EndpointExample | undefined,
  components: JsonSchema,
): JsonSchema {
  const parameters = [
    ...pathParamNames(endpoint).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...queryParameters(endpoint.query),
  ];
  return {
    operationId: id,
    tags: [group],
    summary: endpoint.summary ?? `${endpoint.method.toUpperCase()} ${endpoint.path}`,
    description: describeOperation(endpoint),
    ...operationSecurity(endpoint),
    ...(endpoint.roles ? { 'x-roles': endpoint.roles } : {}),
    ...(takesIdempotencyKey(endpoint) ? { 'x-idempotency-key': 'body.idempotencyKey' } : {}),
    ...(takesVersion(endpoint) ? { 'x-version-field': 'body.version' } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: jsonSchemaOf(endpoint.body, 'input'),
                ...(example?.request === undefined ? {} : { example: example.request }),
              },
            },
          },
        }
      : {}),
    responses: { ...successResponses(endpoint, example, components), ...problemResponses(endpoint, components) },
  };
}

/** The OpenAPI 3.1 document of every endpoint in the registry. */
export function buildOpenApiDocument(examples: Examples): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const schemas: JsonSchema = {};
  for (const entry of contractEndpoints) {
    const path = openApiPath(entry.endpoint.path);
    paths[path] = { ...paths[path], [entry.endpoint.method]: operation(entry, examples[entry.id], schemas) };
  }
  const sortedSchemas = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vein Desk API',
      version: '1.0.0',
      description: [
        'The REST JSON API the Vein Desk staff app talks to. Generated by `npm run contract` from the',
        '`endpoint()` definitions and zod schemas in `src/features/*/api/endpoints.ts`: do not edit by hand.',
        '',
        'Errors are RFC 9457 problem details (`application/problem+json`). Every change writes an audit entry.',
        'Examples are recorded from the seeded mock backend. Prove a backend with `npm run contract:test -- --base-url URL`.',
      ].join('\n'),
    },
    servers: [{ url: '/api', description: 'The API base URL (the app reads it from VITE_API_URL)' }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: [...new Set(contractEndpoints.map((entry) => entry.group))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes,
      schemas: { Problem: problemComponent, ...sortedSchemas },
    },
  };
}
