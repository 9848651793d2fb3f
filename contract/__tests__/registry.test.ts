/// <reference types="node" />
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '@/lib/endpoint';
import { roles } from '@/shared/staff/schemas';
import { contractEndpoints, endpointLabel } from '../registry';
import { recipes } from '../suite/recipes';

const root = join(import.meta.dirname, '../..');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const isEndpoint = (value: unknown): value is Endpoint =>
  typeof value === 'object' && value !== null && 'method' in value && 'path' in value && 'response' in value;

/** Every endpoint a module exports, alone or in an object of endpoints. */
function exportedEndpoints(module: Record<string, unknown>): Endpoint[] {
  return Object.values(module).flatMap((value) => {
    if (isEndpoint(value)) return [value];
    if (typeof value === 'object' && value !== null) return Object.values(value).filter(isEndpoint);
    return [];
  });
}

describe('the endpoint registry (contract/registry.ts)', () => {
  it('lists every endpoint defined in the app', async () => {
    const files = (await sourceFiles(join(root, 'src'))).filter((file) => !file.endsWith('lib/endpoint.ts'));
    const defining: string[] = [];
    for (const file of files) {
      if ((await readFile(file, 'utf8')).includes('endpoint({')) defining.push(file);
    }
    expect(defining.length).toBeGreaterThan(0);

    const registered = new Set(contractEndpoints.map((entry) => entry.endpoint));
    const missing: string[] = [];
    for (const file of defining) {
      const module: Record<string, unknown> = await import(/* @vite-ignore */ file);
      for (const endpoint of exportedEndpoints(module)) {
        if (!registered.has(endpoint)) missing.push(`${endpointLabel(endpoint)} (${relative(root, file)})`);
      }
    }
    expect(missing, 'Add these endpoints to contract/registry.ts').toEqual([]);
  });

  it('has one endpoint per method and path, and only known roles', () => {
    const labels = contractEndpoints.map((entry) => endpointLabel(entry.endpoint));
    expect(labels.length).toBe(new Set(labels).size);
    const unknownRoles = contractEndpoints.flatMap((entry) =>
      (entry.endpoint.roles ?? [])
        .filter((role) => !roles.some((known) => known === role))
        .map((role) => `${entry.id}: ${role}`),
    );
    expect(unknownRoles).toEqual([]);
  });

  it('has a valid-call recipe for each endpoint in the contract suite, and no other', () => {
    const ids = contractEndpoints.map((entry) => entry.id).sort();
    expect(Object.keys(recipes).sort()).toEqual(ids);
  });
});
