/**
 * `npm run contract`: writes contract/openapi.json from the endpoint definitions, validates it
 * and renders contract/api-reference.html. `--check` only fails when the committed document is
 * out of date (CI).
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { loadModule, projectRoot } from './load.ts';

type GenerateModule = { generateDocumentText: () => Promise<string> };

const documentPath = join(projectRoot, 'contract/openapi.json');
const referencePath = join(projectRoot, 'contract/api-reference.html');
const check = process.argv.includes('--check');

const { generateDocumentText } = await loadModule<GenerateModule>('contract/openapi/generate.ts');
const text = await generateDocumentText();

const result = await validate(JSON.parse(text));
if (!result.valid) {
  console.error('The generated OpenAPI document is not valid:', JSON.stringify(result.errors, null, 2));
  process.exit(1);
}

if (check) {
  const committed = await readFile(documentPath, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error('contract/openapi.json is out of date: run `npm run contract` and commit it.');
    process.exit(1);
  }
  console.log('contract/openapi.json is valid OpenAPI 3.1 and up to date.');
} else {
  await writeFile(documentPath, text);
  console.log(`Wrote ${documentPath} (valid OpenAPI 3.1)`);
}

execFileSync(
  join(projectRoot, 'node_modules/.bin/redocly'),
  ['build-docs', documentPath, '--output', referencePath, '--inlineBundle', '--title', 'Vein Desk API'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);
console.log(`Rendered ${referencePath}`);
