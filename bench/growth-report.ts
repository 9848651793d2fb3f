import type { GrowthResult } from './growth.ts';
import { format, printTable } from './report.ts';

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const ratio = (value: number | null, base: number | null) =>
  value === null || base === null || base === 0 || !Number.isFinite(value) ? '–' : `×${(value / base).toFixed(2)}`;

/** The inbox at each size beside the mock's own cost: a figure that grows with the mock's is the mock's. */
export function printGrowth(growth: GrowthResult): void {
  const { runs, cpuThrottling, mockSamples } = growth.settings;
  console.log(
    `\nHow cost grows: the inbox of the build without mocks with the typical clinic plus N requests, medians of ${runs} run${runs === 1 ? '' : 's'}` +
      `, ${cpuThrottling}x CPU throttling; ×: against N = 1,000.\nMock (Node, unthrottled): seeding the data, and` +
      ` the median of ${mockSamples} answers to the inbox's search (first page, sorted, filtered).` +
      "\nPage in run: the handler's time for the inbox's first page while the page waited for it (part of first rows).\n",
  );
  const base = growth.sizes[0];
  const rows = growth.sizes.map((row) => [
    row.extraRequests.toLocaleString('en'),
    format(row.firstRowsMs, 'ms'),
    ratio(row.firstRowsMs, base?.firstRowsMs ?? null),
    format(row.sortMs, 'ms'),
    ratio(row.sortMs, base?.sortMs ?? null),
    format(row.filterMs, 'ms'),
    ratio(row.filterMs, base?.filterMs ?? null),
    ms(row.mock.seedMs),
    ms(row.mock.firstPageMs),
    ms(row.mock.sortedMs),
    ms(row.mock.filteredMs),
    ms(row.firstPageInRunMs),
  ]);
  printTable(
    ['N', 'First rows', '×', 'Sort', '×', 'Filter', '×', 'Mock seed', 'Mock page', 'sorted', 'filtered', 'Page in run'],
    rows,
  );
}
