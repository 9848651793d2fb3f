/**
 * `npm run contract:test -- --base-url URL`: the contract suite against any backend (URL is the
 * API base, e.g. http://127.0.0.1:8080/api). `--mock` serves the mock handlers over HTTP on a
 * free loopback port, runs the suite against them and stops the server (CI).
 */
import { parseArgs } from 'node:util';
import { startStaticServer } from '../../bench/server.ts';
import { loadModule, mockOrigin } from './load.ts';

type SuiteModule = { main: (baseUrl: string, env: Record<string, string | undefined>) => Promise<number> };
type MockModule = { createMockBackend: () => (request: Request) => Promise<Response> };

const { values } = parseArgs({ options: { 'base-url': { type: 'string' }, mock: { type: 'boolean' } } });
if (!values['base-url'] && !values.mock) {
  console.error('Usage: npm run contract:test -- --base-url http://host:port/api   (or --mock)');
  process.exit(2);
}

const suite = await loadModule<SuiteModule>('contract/suite/main.ts');
let failed: number;
if (values.mock) {
  const { createMockBackend } = await loadModule<MockModule>('contract/mock-backend.ts');
  const server = await startStaticServer([], { prefix: '/api/', origin: mockOrigin, handle: createMockBackend() });
  console.log(`The mock API serves ${server.origin}/api over HTTP`);
  try {
    failed = await suite.main(`${server.origin}/api`, process.env);
  } finally {
    await server.close();
  }
} else {
  failed = await suite.main(values['base-url'] ?? '', process.env);
}
process.exit(failed > 0 ? 1 : 0);
