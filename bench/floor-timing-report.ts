import type { FloorCheckStep } from './floor-check.ts';
import type { RunMetrics } from './measure.ts';
import { type Budget, budgetLabel, format, kb, meets, printTable, verdict } from './report.ts';
import type { LoadSizes } from './sizes.ts';
import { budgets } from './targets.ts';

/** One figure of the inbox (build without mocks) beside the same figure of the timing floor. */
export interface FloorTimingRow {
  metric: string;
  unit: string;
  inbox: number | null;
  floor: number | null;
  budget: Budget | null;
  inboxPass: boolean | null;
  /** Whether the stack alone meets the budget: false means no inbox on this stack can (on this machine). */
  floorPass: boolean | null;
  /** inbox / floor */
  ratio: number | null;
}

export interface FloorTimingResult {
  runs: RunMetrics[];
  median: RunMetrics;
  /** The floor page's initial JS and CSS (a fresh load, unthrottled; all of it is library code). */
  sizes: LoadSizes | null;
  /** The floor and the inbox showed the same rows at each step (checked before the runs). */
  check: FloorCheckStep[];
  rows: FloorTimingRow[];
}

function row(
  metric: string,
  unit: string,
  inbox: number | null,
  floor: number | null,
  budget: Budget | null = null,
): FloorTimingRow {
  const known = (value: number | null) => (value === null || !Number.isFinite(value) ? null : value);
  const [ours, least] = [known(inbox), known(floor)];
  return {
    metric,
    unit,
    inbox: ours,
    floor: least,
    budget,
    inboxPass: meets(ours, budget),
    floorPass: meets(least, budget),
    ratio: ours === null || least === null || least === 0 ? null : ours / least,
  };
}

/** The timing budgets of the build without mocks, and the figures around them, for the inbox and the floor. */
export function floorTimingRows(
  inbox: RunMetrics,
  floor: RunMetrics,
  sizes: { inbox: LoadSizes | null; floor: LoadSizes | null },
): FloorTimingRow[] {
  const allJs = (load: LoadSizes | null) => (load ? kb(load.app.js + load.mock.js) : null);
  const allCss = (load: LoadSizes | null) => (load ? kb(load.app.css + load.mock.css) : null);
  const click = { max: budgets.clickNoMocksMs };
  return [
    row('First rows painted', 'ms', inbox.firstRowsMs, floor.firstRowsMs, { max: budgets.firstRowsNoMocksMs }),
    row('Sort click to rows painted', 'ms', inbox.actions.sortMs ?? null, floor.actions.sortMs ?? null, click),
    row('Filter click to rows painted', 'ms', inbox.actions.filterMs ?? null, floor.actions.filterMs ?? null, click),
    row('First contentful paint', 'ms', inbox.firstContentfulPaintMs, floor.firstContentfulPaintMs),
    row('JS heap after load (page only)', 'MB', inbox.heapMb, floor.heapMb),
    row('Initial JS, gzip', 'KB', allJs(sizes.inbox), allJs(sizes.floor)),
    row('Initial CSS, gzip', 'KB', allCss(sizes.inbox), allCss(sizes.floor)),
  ];
}

/** "floor 912 ms" beside a budget: what the stack alone takes. */
export const floorNote = (row: FloorTimingRow | undefined) =>
  row && row.floor !== null ? `floor ${format(row.floor, row.unit)}` : '';

export function printFloorTiming(result: FloorTimingResult, runs: number): void {
  console.log(
    `\nThe timing floor: the inbox's first screen with the stack's libraries only (bench/inbox-floor), medians of ${runs}` +
      '\nruns at 4x CPU throttling, each run right after the inbox of the build without mocks, same API backend and' +
      '\nsession. A budget the floor itself misses ("Floor: OVER") cannot be met by any inbox on this stack here.\n',
  );
  printTable(
    ['Metric', 'Inbox (no mocks)', 'Budget', 'Result', 'Floor', 'Floor vs budget', 'Inbox / floor'],
    result.rows.map((entry) => [
      entry.metric,
      format(entry.inbox, entry.unit),
      budgetLabel(entry.budget, entry.unit),
      verdict(entry.inboxPass),
      format(entry.floor, entry.unit),
      verdict(entry.floorPass),
      entry.ratio === null ? '–' : `${entry.ratio.toFixed(2)}x`,
    ]),
  );
  const steps = result.check.map((step) => `${step.step}: ${(step.floor.ariaRowCount ?? 1) - 1}`).join(', ');
  console.log(`\nSame view, total and rows in both, checked before the runs (requests in the view: ${steps}).`);
}
