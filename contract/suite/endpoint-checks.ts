import { auditEndpoints } from '@/features/audit/api/endpoints';
import type { Endpoint } from '@/lib/endpoint';
import { pathParamNames, takesIdempotencyKey, takesVersion } from '@/lib/endpoint-traits';
import { roles } from '@/shared/staff/schemas';
import { type ContractEndpoint, endpointLabel } from '../registry';
import { badBody, badQuery } from './bad-input';
import { type Call, CheckFailure, expect } from './client';
import { expectProblem, expectStatus } from './expect-answer';
import type { Fixtures } from './fixtures';
import { recipes } from './recipes';
import type { Report } from './report';

/** A valid call that succeeded, with what it answered: the examples and the rule checks read them. */
export interface ValidCall {
  call: Call;
  response: unknown;
}
export type ValidCalls = Map<string, ValidCall>;

const unknownId = 'contract-unknown-id';
const changes = (endpoint: Endpoint) =>
  endpoint.method !== 'get' && !endpoint.public && !endpoint.path.startsWith('/auth/');

const withVersion = (body: unknown, version: number) =>
  typeof body === 'object' && body !== null ? { ...body, version } : body;
const versionOf = (body: unknown) =>
  typeof body === 'object' && body !== null && 'version' in body && typeof body.version === 'number' ? body.version : 0;
const idOf = (body: unknown) =>
  typeof body === 'object' && body !== null && 'id' in body && typeof body.id === 'string' ? body.id : null;

async function auditTotal(fx: Fixtures): Promise<number> {
  return (await fx.client.ok(auditEndpoints.list, { as: 'admin', query: { pageSize: '1' } })).total;
}

/**
 * The checks every endpoint gets from its definition: refusals first (no token, a role it does
 * not allow, a bad body or query, an unknown id, a stale version), which must change nothing,
 * then the valid call, an idempotent replay and the audit entry of a change.
 */
export async function checkEndpoint(
  { id, endpoint }: ContractEndpoint,
  fx: Fixtures,
  report: Report,
  validCalls: ValidCalls,
): Promise<void> {
  const label = endpointLabel(endpoint);
  const recipe = recipes[id];
  if (!recipe) {
    await report.check(label, 'has a valid-call recipe', async () => {
      throw new CheckFailure(`Add a recipe for "${id}" to contract/suite/recipes.ts`);
    });
    return;
  }
  let valid: Call | null = null;
  const ready = await report.check(label, 'its valid call can be prepared', async () => {
    valid = await recipe(fx);
  });
  if (!ready || !valid) return;
  const call: Call = valid;
  const { client } = fx;

  if (!endpoint.public) {
    await report.check(label, 'no token: 401', async () => {
      expectProblem(await client.call(endpoint, { ...call, as: null, token: undefined }), 401, 'unauthenticated');
    });
  }
  const forbiddenRole = endpoint.roles && roles.find((role) => !endpoint.roles?.includes(role));
  if (forbiddenRole) {
    await report.check(label, `role ${forbiddenRole} (not in ${endpoint.roles?.join(', ')}): 403`, async () => {
      expectProblem(await client.call(endpoint, { ...call, as: forbiddenRole, token: undefined }), 403, 'forbidden');
    });
  }
  const body = endpoint.body && badBody(endpoint.body, call.body);
  if (endpoint.body && body) {
    await report.check(label, `a bad body: 422 with field errors (${body.fields.join(', ')})`, async () => {
      const problem = expectProblem(await client.call(endpoint, { ...call, body: body.input }), 422, 'validation');
      const named = Object.keys(problem.errors ?? {});
      expect(
        body.fields.some((field) => named.includes(field)),
        `expected errors for ${body.fields.join(' or ')}, got ${JSON.stringify(problem.errors)}`,
      );
    });
  }
  const query = endpoint.query && badQuery(endpoint.query, call.query ?? {});
  if (endpoint.query && query) {
    await report.check(label, `a bad query: 422 with field errors (${query.fields.join(', ')})`, async () => {
      const problem = expectProblem(await client.call(endpoint, { ...call, query: query.input }), 422, 'validation');
      const named = Object.keys(problem.errors ?? {});
      expect(
        query.fields.some((field) => named.includes(field)),
        `expected errors for ${query.fields.join(' or ')}, got ${JSON.stringify(problem.errors)}`,
      );
    });
  }
  const params = pathParamNames(endpoint);
  if (params.length > 0) {
    await report.check(label, 'an unknown id: 404', async () => {
      const unknown = Object.fromEntries(params.map((name) => [name, unknownId]));
      expectProblem(await client.call(endpoint, { ...call, params: unknown }), 404, 'notFound');
    });
  }
  if (takesVersion(endpoint)) {
    await report.check(label, 'a stale version: 409 with the current record', async () => {
      const stale = withVersion(call.body, versionOf(call.body) + 1000);
      const problem = expectProblem(await client.call(endpoint, { ...call, body: stale }), 409, 'staleVersion');
      const current = endpoint.response.safeParse(problem.current);
      expect(current.success, `"current" is not the record: ${current.error?.message}`);
    });
  }

  const auditBefore = changes(endpoint) ? await auditTotal(fx) : 0;
  let answered: unknown;
  const succeeded = await report.check(label, 'a valid call answers a body the schema parses', async () => {
    const answer = await client.call(endpoint, call);
    expectStatus(answer, takesIdempotencyKey(endpoint) ? [201] : [200]);
    const parsed = endpoint.response.safeParse(answer.body);
    expect(parsed.success, `the answer does not parse: ${parsed.error?.message}`);
    answered = answer.body;
  });
  if (!succeeded) return;
  validCalls.set(id, { call, response: answered });

  if (changes(endpoint)) {
    await report.check(label, 'the change writes an audit entry (rule 10)', async () => {
      const after = await auditTotal(fx);
      expect(after > auditBefore, `the audit trail held ${auditBefore} entries before and ${after} after`);
    });
  }
  if (takesIdempotencyKey(endpoint)) {
    await report.check(label, 'the same idempotency key again creates nothing new', async () => {
      const again = await client.call(endpoint, call);
      expectStatus(again, [200]);
      expect(
        idOf(again.body) === idOf(answered),
        `the replay answered ${idOf(again.body)}, the first call ${idOf(answered)}`,
      );
    });
  }
}
