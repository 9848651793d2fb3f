import { describe, expect, it, vi } from 'vitest';
import { checkSummary, type FloorSide, floorNote, floorTimingRows } from './floor-timing-report.ts';
import type { RunMetrics } from './measure.ts';
import { type Budget, printSummary } from './report.ts';
import type { LoadSizes } from './sizes.ts';

const run = (firstRowsMs: number, sortMs: number, filterMs: number): RunMetrics => ({
  firstRowsMs,
  firstRowsDomMs: firstRowsMs - 10,
  firstContentfulPaintMs: 500,
  mocksReadyMs: null,
  heapMb: 5,
  actions: { sortMs, filterMs },
});
const sizes = (js: number, css: number): LoadSizes => ({ app: { js, css }, mock: { js: 0, css: 0 }, files: [] });
const side = (timings: RunMetrics, api: number, load: LoadSizes | null): FloorSide => ({
  run: timings,
  api: { firstPageMs: api, sortedMs: api / 2, filteredMs: api * 2 },
  sizes: load,
});

describe('floorTimingRows', () => {
  const rows = floorTimingRows(
    side(run(2400, 380, 330), 60, sizes(229_800, 27_000)),
    side(run(800, 120, 80), 40, sizes(172_100, 6_100)),
  );
  const byMetric = (metric: string) => rows.find((entry) => entry.metric === metric);

  it('judges the inbox and the floor against the same budget, and gives inbox / floor', () => {
    expect(byMetric('First rows painted')).toMatchObject({
      inbox: 2400,
      floor: 800,
      budget: { max: 1000 },
      inboxPass: false,
      floorPass: true,
      ratio: 3,
    });
  });

  it('says when the stack alone misses a budget', () => {
    expect(byMetric('Sort click to rows painted')).toMatchObject({ floor: 120, inboxPass: false, floorPass: false });
    expect(byMetric('Filter click to rows painted')).toMatchObject({ floor: 80, floorPass: true });
  });

  it("puts each page's backend answer beside the timing it is inside", () => {
    expect(byMetric('First rows painted')).toMatchObject({ inboxApiMs: 60, floorApiMs: 40 });
    expect(byMetric('Sort click to rows painted')).toMatchObject({ inboxApiMs: 30, floorApiMs: 20 });
    expect(byMetric('Filter click to rows painted')).toMatchObject({ inboxApiMs: 120, floorApiMs: 80 });
    expect(byMetric('First contentful paint')).toMatchObject({ inboxApiMs: null, budget: null, floorPass: null });
  });

  it('gives the initial files in KB and no ratio for a missing measurement', () => {
    expect(byMetric('Initial JS, gzip')).toMatchObject({ inbox: 229.8, floor: 172.1 });
    const unsized = floorTimingRows(side(run(1, 1, 1), 1, null), side(run(1, 1, Number.NaN), 1, sizes(1, 1)));
    expect(unsized.find((entry) => entry.metric === 'Initial CSS, gzip')).toMatchObject({ inbox: null, ratio: null });
    expect(unsized.find((entry) => entry.metric.startsWith('Filter'))).toMatchObject({ floor: null, floorPass: null });
  });

  it('notes the floor beside a budget', () => {
    expect(floorNote(byMetric('First rows painted'))).toBe('floor 800 ms');
    expect(floorNote(undefined)).toBe('');
  });
});

describe('checkSummary', () => {
  it('names the total at every step, the rows rendered and the heights of the scrollers', () => {
    const shown = (total: number, scrollerHeight: number) => ({
      search: '',
      ariaRowCount: total + 1,
      ids: Array.from({ length: 17 }, String),
      scrollerHeight,
    });
    expect(
      checkSummary([
        { step: 'first rows', inbox: shown(602, 566), floor: shown(602, 560) },
        { step: 'with "Closed"', inbox: shown(7104, 566), floor: shown(7104, 560) },
      ]),
    ).toBe(
      "Checked before the runs: the same view, total and rendered rows in both (17 rows rendered; the rows' scroller" +
        ' 566 px high in the inbox, 560 px in the floor). first rows: 602 requests, with "Closed": 7104 requests.',
    );
  });
});

describe('printSummary with the floor', () => {
  it('prints the floor beside the no-mocks budget of the timings it measured, and nothing beside the others', () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
    const entry = (metric: string, noMocksTarget: Budget | null) => ({
      metric,
      unit: 'ms',
      ours: 1,
      noMocks: 2,
      theirs: null,
      target: null,
      pass: null,
      noMocksTarget,
      noMocksPass: null,
      ratio: null,
    });
    try {
      printSummary(
        [entry('First rows painted', { max: 1000 }), entry('First contentful paint', null)],
        5,
        new Map([['First rows painted', 'floor 800 ms']]),
      );
    } finally {
      log.mockRestore();
    }
    expect(lines.find((line) => line.startsWith('First rows painted'))).toContain('≤ 1000 ms, floor 800 ms');
    expect(lines.find((line) => line.startsWith('First contentful paint'))).not.toContain('floor');
  });
});
