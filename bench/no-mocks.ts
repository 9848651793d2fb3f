import { join } from 'node:path';
import { resolveConfig, runnerImport } from 'vite';
import type { ApiMount } from './server.ts';

/** The Node backend mounted for the bench server, and a way to reseed it at another size (bench/growth.ts). */
export interface NodeApiBackend extends ApiMount {
  /** The typical clinic plus `extraRequests`; whoever is signed in stays signed in. */
  reseed: (extraRequests: number) => void;
  /** Calls `listener` with a copy of every API request once answered, and how long the handler took, until the returned function is called. */
  observe: (listener: ApiListener) => () => void;
}

type ApiListener = (request: Request, answeredInMs: number) => void;

/** What `mocks/runtime/http-backend.ts` exports (its own types need the app's aliases, so not imported here). */
type HttpBackendModule = { createApiBackend: () => Pick<NodeApiBackend, 'handle' | 'reseed'> };

/** The origin the Node backend's routes are written for: the server hands each API request over as if sent to it. */
const backendOrigin = 'http://api.bench.test';

/**
 * The mock API's handlers as a backend in this Node process (`mocks/runtime/http-backend.ts`), for the
 * build without mocks. Vite's module runner loads it with the app's aliases from vite.config.ts.
 */
export async function loadApiBackend(projectRoot: string): Promise<NodeApiBackend> {
  const config = await resolveConfig({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' }, 'serve');
  const { module } = await runnerImport<HttpBackendModule>(join(projectRoot, 'mocks/runtime/http-backend.ts'), {
    root: projectRoot,
    logLevel: 'warn',
    resolve: { alias: config.resolve.alias },
    // MSW matches a relative route ('/api/…') against the page's origin; Node has none.
    define: { 'import.meta.env.VITE_API_URL': JSON.stringify(`${backendOrigin}/api`) },
  });
  const { handle, reseed } = module.createApiBackend();
  const listeners = new Set<ApiListener>();
  return {
    prefix: '/api/',
    origin: backendOrigin,
    handle: async (request) => {
      if (listeners.size === 0) return handle(request);
      const copy = request.clone();
      const startedAt = performance.now();
      const response = await handle(request);
      const answeredInMs = performance.now() - startedAt;
      for (const listener of listeners) listener(copy, answeredInMs);
      return response;
    },
    reseed,
    observe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
