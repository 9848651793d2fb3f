import { createRandom } from '@mocks/data/random';
import { clock } from '@mocks/runtime/clock';
import { createMockBackend } from '../mock-backend';
import { accountsFrom } from '../suite/accounts';
import type { ValidCalls } from '../suite/endpoint-checks';
import { runSuite } from '../suite/run-suite';
import { buildOpenApiDocument, type Examples } from './build-document';

const exampleBaseUrl = 'http://api.contract.test/api';
const exampleToken = 'vd_00000000000000000000000000000000';

/** Tokens are random: the examples show a fixed one, so the document is the same on every run. */
const withoutSecrets = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value ?? null), (key, field) => (key === 'token' ? exampleToken : field));

function examplesOf(validCalls: ValidCalls): Examples {
  const examples: Examples = {};
  for (const [id, { call, response }] of validCalls) {
    examples[id] = { request: call.body, response: withoutSecrets(response) };
  }
  return examples;
}

/**
 * The document as committed (pretty JSON, final newline). Its examples are the valid calls of
 * the contract suite, run in this process against the mock seeded with the typical clinic and
 * a frozen clock, so they are real answers and the same on every run.
 */
export async function generateDocumentText(): Promise<string> {
  const handle = createMockBackend({ frozen: true });
  const result = await runSuite({
    baseUrl: exampleBaseUrl,
    accounts: accountsFrom({}),
    send: handle,
    random: createRandom(20_261_123).next,
    runId: 'example',
    now: () => clock.nowMs(),
    print: () => {},
  });
  if (result.failed.length > 0) {
    throw new Error(
      `The mock fails the contract suite, so the examples are incomplete:\n  ${result.failed.join('\n  ')}`,
    );
  }
  return `${JSON.stringify(buildOpenApiDocument(examplesOf(result.validCalls)), null, 2)}\n`;
}
