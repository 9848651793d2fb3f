import type { RunMetrics, ScrollResult } from './measure.ts';
import type { LoadSizes } from './sizes.ts';
import type { StackFloor } from './stack-floor.ts';
import { budgets } from './targets.ts';

export interface TargetResult {
  runs: RunMetrics[];
  median: RunMetrics;
  scroll: ScrollResult;
  /** By URL path; the app has one entry per top-level route. */
  sizes: Record<string, LoadSizes>;
}

/** The same inbox built without mocks, its API answered in the bench's Node process (its scroll is not measured). */
export type NoMocksResult = Omit<TargetResult, 'scroll'>;

export interface SummaryRow {
  metric: string;
  unit: string;
  ours: number;
  /** The same figure for the build without mocks (null where it does not apply). */
  noMocks: number | null;
  theirs: number | null;
  /** Upper bound for the demo build; `lessThan` makes it strict. */
  target: Budget | null;
  pass: boolean | null;
  /** Upper bound for the build without mocks. */
  noMocksTarget: Budget | null;
  noMocksPass: boolean | null;
  /** ours / theirs */
  ratio: number | null;
}

export interface Budget {
  max: number;
  lessThan?: boolean;
}

export const meets = (value: number | null, budget: Budget | null): boolean | null =>
  budget === null || value === null || !Number.isFinite(value)
    ? null
    : budget.lessThan
      ? value < budget.max
      : value <= budget.max;

export const budgetLabel = (budget: Budget | null, unit: string) =>
  budget ? `${budget.lessThan ? '<' : '≤'} ${budget.max}${unit ? ` ${unit}` : ''}` : '';

export const verdict = (pass: boolean | null) => (pass === null ? '' : pass ? 'pass' : 'OVER');

/** 1 KB = 1,000 bytes, as Vite's build report counts. */
export const kb = (bytes: number) => bytes / 1000;

export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function medianRun(runs: readonly RunMetrics[]): RunMetrics {
  const of = (pick: (run: RunMetrics) => number | null) => median(runs.map((run) => pick(run) ?? Number.NaN));
  return {
    firstRowsMs: of((run) => run.firstRowsMs),
    firstRowsDomMs: of((run) => run.firstRowsDomMs),
    firstContentfulPaintMs: of((run) => run.firstContentfulPaintMs),
    mocksReadyMs: of((run) => run.mocksReadyMs),
    heapMb: of((run) => run.heapMb),
    actions: Object.fromEntries(
      Object.keys(runs[0]?.actions ?? {}).map((key) => [key, of((run) => run.actions[key] ?? null)]),
    ),
  };
}

function row(
  metric: string,
  unit: string,
  [ours, noMocks, theirs]: [number, number | null, number | null],
  target: Budget | null = null,
  noMocksTarget: Budget | null = null,
): SummaryRow {
  const ratio = theirs === null || theirs === 0 ? null : ours / theirs;
  const noMocksPass = meets(noMocks, noMocksTarget);
  return { metric, unit, ours, noMocks, theirs, target, pass: meets(ours, target), noMocksTarget, noMocksPass, ratio };
}

export function summarize(
  app: TargetResult,
  datatable: TargetResult,
  noMocks: NoMocksResult,
  inboxPath: string,
  datatablePath: string,
) {
  const [ours, bare, theirs] = [app.median, noMocks.median, datatable.median];
  const inbox = app.sizes[inboxPath];
  const bareInbox = noMocks.sizes[inboxPath];
  const table = datatable.sizes[datatablePath];
  if (!inbox || !bareInbox || !table) throw new Error('Missing size measurements');
  const timing = (pick: (run: RunMetrics) => number | null): [number, number | null, number | null] => [
    pick(ours) ?? Number.NaN,
    pick(bare),
    pick(theirs),
  ];
  const size = (pick: (sizes: LoadSizes) => number): [number, number, number] => [
    kb(pick(inbox)),
    kb(pick(bareInbox)),
    kb(pick(table)),
  ];
  const rows = app.scroll.rowElements;
  return [
    row(
      'First rows painted',
      'ms',
      timing((run) => run.firstRowsMs),
      { max: budgets.firstRowsDemoMs },
      { max: budgets.firstRowsNoMocksMs },
    ),
    row(
      'Sort click to rows painted',
      'ms',
      timing((run) => run.actions.sortMs ?? null),
      null,
      { max: budgets.clickNoMocksMs },
    ),
    row(
      'Filter click to rows painted',
      'ms',
      timing((run) => run.actions.filterMs ?? null),
      null,
      { max: budgets.clickNoMocksMs },
    ),
    row('Row elements after scrolling to the end', '', [rows, null, datatable.scroll.rowElements], {
      max: budgets.rowElements,
      lessThan: true,
    }),
    row(
      'JS heap after load (page only)',
      'MB',
      timing((run) => run.heapMb),
    ),
    row(
      'Initial JS, gzip, app code',
      'KB',
      size((sizes) => sizes.app.js),
      { max: budgets.inboxJsKb },
      { max: budgets.inboxJsKb },
    ),
    row(
      'Initial CSS, gzip, app code',
      'KB',
      size((sizes) => sizes.app.css),
      { max: budgets.inboxCssKb },
    ),
    row(
      'Mock-only JS, gzip (not in a real build)',
      'KB',
      size((sizes) => sizes.mock.js),
    ),
    row(
      'First contentful paint',
      'ms',
      timing((run) => run.firstContentfulPaintMs),
    ),
    row(
      'Mock worker ready (inside first rows)',
      'ms',
      timing((run) => run.mocksReadyMs),
    ),
  ];
}

export const format = (value: number | null, unit: string) => {
  if (value === null || !Number.isFinite(value)) return '–';
  const digits = unit === 'KB' || unit === 'MB' ? 1 : 0;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
};

export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((cell, index) =>
    Math.max(cell.length, ...rows.map((cells) => (cells[index] ?? '').length)),
  );
  const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cells of rows) console.log(line(cells));
}

/** `floors`: by metric, what the stack alone takes (the timing floor), printed beside the no-mocks budget. */
export function printSummary(
  summary: readonly SummaryRow[],
  runs: number,
  floors: ReadonlyMap<string, string> = new Map(),
): void {
  console.log(
    `\nMedians of ${runs} runs, 4x CPU throttling. Each column has its own budgets (issue 16).` +
      '\nNo mocks = the same app built without mocks, its API answered by the same handlers in the' +
      "\nbench's Node process (not throttled, like a server on another machine)." +
      (floors.size > 0 ? '\nFloor = the same screen with the stack alone (see the timing floor below).' : '') +
      '\nRatio = ours (demo build) / mantine-datatable (below 1 is better for us).\n',
  );
  const noMocksBudget = (entry: SummaryRow) =>
    [budgetLabel(entry.noMocksTarget, entry.unit), floors.get(entry.metric)].filter(Boolean).join(', ');
  printTable(
    ['Metric', 'Vein Desk', 'Budget', 'Result', 'No mocks', 'Budget', 'Result', 'mantine-datatable', 'Ratio'],
    summary.map((entry) => [
      entry.metric,
      format(entry.ours, entry.unit),
      budgetLabel(entry.target, entry.unit),
      verdict(entry.pass),
      format(entry.noMocks, entry.unit),
      noMocksBudget(entry),
      verdict(entry.noMocksPass),
      format(entry.theirs, entry.unit),
      entry.ratio === null ? '–' : `${entry.ratio.toFixed(2)}x`,
    ]),
  );
}

export function printRouteSizes(sizes: Record<string, LoadSizes>): void {
  console.log('\nJS and CSS a fresh load of each app route fetches (gzip KB; app code / mock-only code):\n');
  printTable(
    ['Route', 'JS app', 'CSS app', 'JS mock', 'CSS mock', 'Files'],
    Object.entries(sizes).map(([path, size]) => [
      path,
      kb(size.app.js).toFixed(1),
      kb(size.app.css).toFixed(1),
      kb(size.mock.js).toFixed(1),
      kb(size.mock.css).toFixed(1),
      String(size.files.length),
    ]),
  );
}

export function printLargestAppFiles(path: string, sizes: LoadSizes, count = 8): void {
  const files = sizes.files.filter((file) => file.mockShare < 1).slice(0, count);
  console.log(
    `\nLargest app files on ${path} (gzip KB): ${files.map((file) => `${file.file.replace(/^.*\//, '')} ${kb(file.gzipBytes).toFixed(1)}`).join(', ')}`,
  );
}

export function printStackFloor(floor: StackFloor): void {
  console.log(
    '\nThe stack alone, no app code (JS gzip): React, React DOM, React Router, TanStack Query, Table and' +
      ` Virtual: ${kb(floor.coreJs).toFixed(1)} KB; with zod, Mantine and dayjs: ${kb(floor.fullJs).toFixed(1)} KB.`,
  );
}
