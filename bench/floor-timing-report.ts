import type { FloorCheckStep } from './floor-check.ts';
import type { RunMetrics } from './measure.ts';
import { type Budget, budgetLabel, format, kb, meets, printTable, verdict } from './report.ts';
import type { SearchAnswers } from './search-answers.ts';
import type { LoadSizes } from './sizes.ts';
import { budgets } from './targets.ts';

/** One figure of the inbox (build without mocks) beside the same figure of the timing floor. */
export interface FloorTimingRow {
  metric: string;
  unit: string;
  inbox: number | null;
  floor: number | null;
  /** The Node backend's answer to the search inside this timing (median), for each page: not the front end's. */
  inboxApiMs: number | null;
  floorApiMs: number | null;
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
  /** Every run's backend answers to the three searches, for the inbox and the floor. */
  apiAnswers: { inbox: SearchAnswers[]; floor: SearchAnswers[] };
  rows: FloorTimingRow[];
}

const known = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value) ? null : value;

function row(
  metric: string,
  unit: string,
  [inbox, floor]: [number | null | undefined, number | null | undefined],
  budget: Budget | null = null,
  [inboxApiMs, floorApiMs]: [number | null, number | null] = [null, null],
): FloorTimingRow {
  const [ours, least] = [known(inbox), known(floor)];
  return {
    metric,
    unit,
    inbox: ours,
    floor: least,
    inboxApiMs: known(inboxApiMs),
    floorApiMs: known(floorApiMs),
    budget,
    inboxPass: meets(ours, budget),
    floorPass: meets(least, budget),
    ratio: ours === null || least === null || least === 0 ? null : ours / least,
  };
}

/** The timing budgets of the build without mocks, and the figures around them, for the inbox and the floor. */
/** One page's medians: its timed run, its backend answers, its initial files. */
export interface FloorSide {
  run: RunMetrics;
  api: SearchAnswers;
  sizes: LoadSizes | null;
}

export function floorTimingRows(inbox: FloorSide, floor: FloorSide): FloorTimingRow[] {
  const both = <T>(pick: (side: FloorSide) => T): [T, T] => [pick(inbox), pick(floor)];
  const allOf = (load: LoadSizes | null, kind: 'js' | 'css') => (load ? kb(load.app[kind] + load.mock[kind]) : null);
  const click = { max: budgets.clickNoMocksMs };
  return [
    row(
      'First rows painted',
      'ms',
      both((side) => side.run.firstRowsMs),
      { max: budgets.firstRowsNoMocksMs },
      both((side) => side.api.firstPageMs),
    ),
    row(
      'Sort click to rows painted',
      'ms',
      both((side) => side.run.actions.sortMs),
      click,
      both((side) => side.api.sortedMs),
    ),
    row(
      'Filter click to rows painted',
      'ms',
      both((side) => side.run.actions.filterMs),
      click,
      both((side) => side.api.filteredMs),
    ),
    row(
      'First contentful paint',
      'ms',
      both((side) => side.run.firstContentfulPaintMs),
    ),
    row(
      'JS heap after load (page only)',
      'MB',
      both((side) => side.run.heapMb),
    ),
    row(
      'Initial JS, gzip',
      'KB',
      both((side) => allOf(side.sizes, 'js')),
    ),
    row(
      'Initial CSS, gzip',
      'KB',
      both((side) => allOf(side.sizes, 'css')),
    ),
  ];
}

/** "floor 912 ms" beside a budget: what the stack alone takes. */
export const floorNote = (row: FloorTimingRow | undefined) =>
  row && row.floor !== null ? `floor ${format(row.floor, row.unit)}` : '';

export function printFloorTiming(result: FloorTimingResult, runs: number): void {
  console.log(
    `\nThe timing floor: the inbox's first screen with the stack's libraries only (bench/inbox-floor), medians of ${runs}` +
      '\nruns at 4x CPU throttling, each run right after the inbox of the build without mocks, same API backend and' +
      '\nsession. A budget the floor itself misses ("Floor vs budget: OVER") cannot be met by any inbox on this stack' +
      "\nhere. API in it = the Node backend's answer to that search (median; unthrottled, on the same machine): a real" +
      '\nserver answers in its own time, so what is left is the front end.\n',
  );
  const api = (ms: number | null) => (ms === null ? '' : format(ms, 'ms'));
  printTable(
    [
      'Metric',
      'Inbox (no mocks)',
      'API in it',
      'Budget',
      'Result',
      'Floor',
      'API in it',
      'Floor vs budget',
      'Inbox / floor',
    ],
    result.rows.map((entry) => [
      entry.metric,
      format(entry.inbox, entry.unit),
      api(entry.inboxApiMs),
      budgetLabel(entry.budget, entry.unit),
      verdict(entry.inboxPass),
      format(entry.floor, entry.unit),
      api(entry.floorApiMs),
      verdict(entry.floorPass),
      entry.ratio === null ? '–' : `${entry.ratio.toFixed(2)}x`,
    ]),
  );
  console.log(`\n${checkSummary(result.check)}`);
}

/** What the same-rows check saw: the view's total at each step, the rows rendered and the scrollers' heights. */
export function checkSummary(steps: readonly FloorCheckStep[]): string {
  const totals = steps.map((step) => `${step.step}: ${(step.floor.ariaRowCount ?? 1) - 1} requests`).join(', ');
  const first = steps[0];
  const rendered = first
    ? ` (${first.floor.ids.length} rows rendered; the rows' scroller ${first.inbox.scrollerHeight} px high in the inbox, ${first.floor.scrollerHeight} px in the floor)`
    : '';
  return `Checked before the runs: the same view, total and rendered rows in both${rendered}. ${totals}.`;
}
