import { parseArgs } from 'node:util';

/** The parts of the bench, in the order they run; `--only` picks some of them. */
export const benchParts = [
  'sizes',
  'inbox',
  'floor-timing',
  'pages',
  'writes',
  'growth',
  'floor',
  'lighthouse',
] as const;
export type BenchPart = (typeof benchParts)[number];

export interface BenchOptions {
  runs: number;
  skipBuild: boolean;
  parts: ReadonlySet<BenchPart>;
}

const isPart = (name: string): name is BenchPart => (benchParts as readonly string[]).includes(name);

function wholeNumber(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} needs a whole number of at least 1`);
  return number;
}

/** `npm run bench -- --only sizes,pages --runs 3`; without `--only`, every part. */
export function readOptions(argv: readonly string[] = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string', default: '5' },
      'skip-build': { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  const names = values.only?.split(',').map((name) => name.trim()) ?? [...benchParts];
  const unknown = names.filter((name) => !isPart(name));
  if (unknown.length > 0)
    throw new Error(`--only: unknown part ${unknown.join(', ')} (parts: ${benchParts.join(', ')})`);
  return {
    runs: wholeNumber(values.runs, '--runs'),
    skipBuild: values['skip-build'],
    parts: new Set(names.filter(isPart)),
  };
}
