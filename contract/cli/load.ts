import { join } from 'node:path';
import { resolveConfig, runnerImport } from 'vite';

export const projectRoot = join(import.meta.dirname, '../..');

/** The origin the in-process mock's routes are written for (as in the bench). */
export const mockOrigin = 'http://api.contract.test';

/**
 * Loads a module of the contract through Vite's module runner, so the app's `@/` aliases
 * and TypeScript resolve as in the app, with the mock's API base URL set for Node.
 */
export async function loadModule<T>(relativePath: string): Promise<T> {
  const config = await resolveConfig({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' }, 'serve');
  const { module } = await runnerImport<T>(join(projectRoot, relativePath), {
    root: projectRoot,
    logLevel: 'warn',
    resolve: { alias: config.resolve.alias },
    define: { 'import.meta.env.VITE_API_URL': JSON.stringify(`${mockOrigin}/api`) },
  });
  return module;
}
