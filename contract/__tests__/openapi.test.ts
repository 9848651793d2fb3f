/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contractEndpoints } from '../registry';

const documentPath = join(import.meta.dirname, '../openapi.json');
const operationSchema = z.object({
  operationId: z.string(),
  description: z.string(),
  responses: z.record(z.string(), z.unknown()),
  'x-roles': z.array(z.string()).optional(),
});
const documentSchema = z.object({ paths: z.record(z.string(), z.record(z.string(), operationSchema)) });

async function readDocument() {
  return JSON.parse(await readFile(documentPath, 'utf8'));
}

describe('contract/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const document = await readDocument();
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(document);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('has exactly the endpoints of the registry', async () => {
    const { paths } = documentSchema.parse(await readDocument());
    const documented = Object.entries(paths)
      .flatMap(([path, operations]) =>
        Object.entries(operations).map(
          ([method, op]) => `${op.operationId} ${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        ),
      )
      .sort();
    const defined = contractEndpoints.map(({ id, endpoint }) => `${id} ${endpoint.method} ${endpoint.path}`).sort();
    expect(documented).toEqual(defined);
  });

  it('documents roles and the problems each endpoint can answer', async () => {
    const { paths } = documentSchema.parse(await readDocument());
    const settingsUpdate = paths['/settings']?.put;
    expect(settingsUpdate?.['x-roles']).toEqual(['admin']);
    expect(Object.keys(settingsUpdate?.responses ?? {})).toEqual(['200', '401', '403', '409', '422']);
    const booking = paths['/series']?.post;
    expect(Object.keys(booking?.responses ?? {})).toEqual(['200', '201', '401', '409', '422']);
    expect(booking?.description).toContain('idempotencyKey');
    expect(Object.keys(paths['/public/contact-requests']?.post?.responses ?? {})).toEqual(['200', '422']);
  });
});
