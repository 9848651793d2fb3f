import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** gzip bytes of all the JS of the bench's stack-floor pages (`stack-floor/`): no app code, only libraries. */
export interface StackFloor {
  /** React, React DOM, React Router, TanStack Query, Table and Virtual, each used once. */
  coreJs: number;
  /** The same plus zod (one schema), Mantine (its provider and a button) and dayjs. */
  fullJs: number;
}

/** Builds one floor page in memory, minified like the app, and gzips every chunk it emits. */
async function jsGzipBytes(entry: string): Promise<number> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    build: { write: false, rollupOptions: { input: entry } },
  });
  if (!('output' in result)) throw new Error(`Building ${entry} gave no single output`);
  let total = 0;
  for (const file of result.output) if (file.type === 'chunk') total += gzipSync(file.code).length;
  return total;
}

export async function measureStackFloor(projectRoot: string): Promise<StackFloor> {
  const page = (name: string) => join(projectRoot, 'bench/stack-floor', name);
  return { coreJs: await jsGzipBytes(page('core.tsx')), fullJs: await jsGzipBytes(page('full.tsx')) };
}
