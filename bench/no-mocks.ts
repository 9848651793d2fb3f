import { join } from 'node:path';
import { resolveConfig, runnerImport } from 'vite';
import type { ApiMount } from './server.ts';

type HttpBackendModule = { createApiBackend: () => ApiMount['handle'] };

/** The origin the Node backend's routes are written for: the server hands each API request over as if sent to it. */
const backendOrigin = 'http://api.bench.test';

/**
 * The mock API's handlers as a backend in this Node process (`mocks/runtime/http-backend.ts`), for the
 * build without mocks. Vite's module runner loads it with the app's aliases from vite.config.ts.
 */
export async function loadApiBackend(projectRoot: string): Promise<ApiMount> {
  const config = await resolveConfig({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' }, 'serve');
  const { module } = await runnerImport<HttpBackendModule>(join(projectRoot, 'mocks/runtime/http-backend.ts'), {
    root: projectRoot,
    logLevel: 'warn',
    resolve: { alias: config.resolve.alias },
    // MSW matches a relative route ('/api/…') against the page's origin; Node has none.
    define: { 'import.meta.env.VITE_API_URL': JSON.stringify(`${backendOrigin}/api`) },
  });
  return { prefix: '/api/', origin: backendOrigin, handle: module.createApiBackend() };
}
