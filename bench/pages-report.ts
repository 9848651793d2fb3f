import type { RunMetrics } from './measure.ts';
import { format, kb, medianRun, printTable } from './report.ts';
import type { LoadSizes } from './sizes.ts';
import { pathnameOf, type Target } from './targets.ts';
import type { RequestTiming, WriteCost } from './write-cost.ts';

/** One page's timed runs in the demo build, with the scenario its browser context holds. */
export interface PageResult {
  key: Target['key'];
  label: string;
  path: string;
  scenario: string;
  /** Timed click key → what a person does. */
  actions: Record<string, string>;
  runs: RunMetrics[];
  median: RunMetrics;
  /** The initial JS and CSS of the route (its fresh load, unthrottled). */
  sizes: LoadSizes | null;
}

export function pageResult(
  target: Target,
  scenario: string,
  runs: RunMetrics[],
  routeSizes: Record<string, LoadSizes>,
): PageResult {
  return {
    key: target.key,
    label: target.label,
    path: target.path,
    scenario,
    actions: Object.fromEntries(target.actions.map((action) => [action.key, action.label])),
    runs,
    median: medianRun(runs),
    sizes: routeSizes[pathnameOf(target)] ?? null,
  };
}

/** The inbox and the busy-week pages side by side: first rows, each timed click, the route's initial JS. */
export function printPageTimings(pages: readonly PageResult[], runs: number): void {
  console.log(
    `\nPages of the demo build, medians of ${runs} runs, 4x CPU throttling. First rows = navigation start to the` +
      '\nfirst data row (table row or visit card) painted; a click = pointer down to the changed rows painted.\n',
  );
  const rows = pages.flatMap((page) => {
    const clicks = Object.entries(page.actions);
    const js = page.sizes ? `${kb(page.sizes.app.js).toFixed(1)} KB` : '–';
    return clicks.map(([key, label], index) => [
      index === 0 ? page.label : '',
      index === 0 ? page.scenario : '',
      index === 0 ? format(page.median.firstRowsMs, 'ms') : '',
      label,
      format(page.median.actions[key] ?? null, 'ms'),
      index === 0 ? js : '',
    ]);
  });
  printTable(['Page', 'Scenario', 'First rows', 'Timed click', 'Click to painted', 'Initial JS (app, gzip)'], rows);
  const paths = pages.map((page) => `${page.label}: ${page.path}`).join('; ');
  console.log(`\nURLs: ${paths}`);
}

export function printWriteCosts(costs: readonly WriteCost[]): void {
  console.log(
    '\nCost per durable write (mock backend, demo build): fetch() to the response read, in the page, medians.' +
      '\nThe mock answers a write only once it is committed to IndexedDB. Refused = the same assignment with a' +
      '\nstale version (409): the same trip and checks, nothing to commit. Commit = write − refused.\n',
  );
  const timing = (request: RequestTiming) => `${request.medianMs.toFixed(1)} ms (${request.responseBytes} B)`;
  printTable(
    [
      'Scenario',
      'CPU',
      'Write (assign a call)',
      'Refused write (409)',
      'Read (the call)',
      'Commit',
      'Write − read',
      'Samples',
    ],
    costs.map((cost) => [
      cost.scenario,
      cost.cpuThrottling > 1 ? `${cost.cpuThrottling}x throttled` : 'unthrottled',
      timing(cost.write),
      timing(cost.refused),
      timing(cost.read),
      `${cost.commitMs.toFixed(1)} ms`,
      `${cost.writeOverReadMs.toFixed(1)} ms`,
      String(cost.write.samplesMs.length),
    ]),
  );
}
