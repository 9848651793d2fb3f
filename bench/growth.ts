import type { BrowserContext } from 'playwright-core';
import { measureRun, type PageOptions, type RunMetrics } from './measure.ts';
import type { NodeApiBackend } from './no-mocks.ts';
import { median, medianRun } from './report.ts';
import { type SessionEntries, tokenStorageKey } from './setup.ts';
import { noMocksTarget } from './targets.ts';

/** Extra requests on top of the typical clinic; 10,000 is the 'large' scenario of the other parts. */
export const growthSizes = [1_000, 10_000, 50_000] as const;
const warmUps = 3;
const samples = 15;

/** The inbox's searches as it sends them (src/features/contact-requests/api/get-contact-requests.ts). */
export const searchPath = '/api/contact-requests/search';
const inboxPage = { page: 1, pageSize: 50 };
export const inboxSearches = {
  /** The default view: the open requests, longest waiting first. */
  firstPageMs: { status: 'new,contacting', sort: 'waiting', order: 'desc', ...inboxPage },
  /** After a click on the "Name" header. */
  sortedMs: { status: 'new,contacting', sort: 'name', order: 'asc', ...inboxPage },
  /** Then the "Closed" chip added to the status filter. */
  filteredMs: { status: 'new,contacting,closed', sort: 'name', order: 'asc', ...inboxPage },
} as const;
export type SearchKey = keyof typeof inboxSearches;
const searchKeys: readonly SearchKey[] = ['firstPageMs', 'sortedMs', 'filteredMs'];

/** The mock backend's own cost at one size, in Node (no browser, no throttling). */
export interface MockCost extends Record<SearchKey, number> {
  /** Building the data: the backend's start-up at this size. */
  seedMs: number;
}

export interface GrowthRow {
  extraRequests: number;
  /** Medians of the browser runs (4x CPU throttling), build without mocks. */
  firstRowsMs: number;
  sortMs: number | null;
  filterMs: number | null;
  runs: RunMetrics[];
  mock: MockCost;
  /** Median over the runs of the handler's time for the inbox's first search, while the page waited for it. */
  firstPageInRunMs: number;
}

export interface GrowthResult {
  sizes: GrowthRow[];
  settings: { runs: number; cpuThrottling: number; mockSamples: number; mockWarmUps: number; searches: object };
}

function searchRequest(backend: NodeApiBackend, token: string, body: object): Request {
  return new Request(new URL(searchPath, backend.origin), {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

/** Median time of the backend answering `body` (the response read to its end), after untimed warm-ups. */
async function medianAnswerMs(backend: NodeApiBackend, token: string, body: object): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < warmUps + samples; round += 1) {
    const request = searchRequest(backend, token, body);
    const startedAt = performance.now();
    const response = await backend.handle(request);
    await response.text();
    if (response.status !== 200) throw new Error(`The mock answered ${response.status} to ${JSON.stringify(body)}`);
    if (round >= warmUps) times.push(performance.now() - startedAt);
  }
  return median(times);
}

/** Reseeds the backend with the typical clinic plus `extraRequests` and times it, then times each inbox search. */
export async function measureMockCost(backend: NodeApiBackend, token: string, extraRequests: number) {
  const startedAt = performance.now();
  backend.reseed(extraRequests);
  const cost: MockCost = { seedMs: performance.now() - startedAt, firstPageMs: 0, sortedMs: 0, filteredMs: 0 };
  for (const key of searchKeys) cost[key] = await medianAnswerMs(backend, token, inboxSearches[key]);
  return cost;
}

export function tokenOf(session: SessionEntries): string {
  const token = session.find(([key]) => key === tokenStorageKey)?.[1];
  if (!token) throw new Error('Signing in to the build without mocks left no token in sessionStorage');
  return token;
}

/** A JSON body with its keys in order, so that two bodies compare as text. */
export const canonical = (body: object) => JSON.stringify(Object.entries(body).sort(([a], [b]) => a.localeCompare(b)));

/** Fails when the inbox did not send a search body the Node figures time (the app changed its query). */
function checkSearchesMatch(sent: readonly string[]): void {
  const timed = Object.values(inboxSearches).map(canonical);
  const missing = timed.filter((body) => !sent.includes(body));
  if (missing.length > 0) {
    throw new Error(`The inbox did not send ${missing.join(', ')}; it sent ${sent.join(', ')}`);
  }
}

/**
 * For each size: the mock's own cost in Node, then `runs` cold loads of the inbox (build without
 * mocks) with the sort and filter clicks. Leaves the backend at the 'large' size (10,000).
 */
export async function measureGrowth(
  context: BrowserContext,
  backend: NodeApiBackend,
  options: PageOptions & { runs: number; token: string; log: (message: string) => void },
): Promise<GrowthResult> {
  const rows: GrowthRow[] = [];
  for (const extraRequests of growthSizes) {
    options.log(`Growth: typical clinic + ${extraRequests.toLocaleString('en')} requests (mock cost, then the inbox)`);
    const mock = await measureMockCost(backend, options.token, extraRequests);
    const runs: RunMetrics[] = [];
    const firstPageInRun: number[] = [];
    for (let run = 1; run <= options.runs; run += 1) {
      const sent: { body: Promise<string>; answeredInMs: number }[] = [];
      const stop = backend.observe((request, answeredInMs) => {
        if (new URL(request.url).pathname === searchPath) sent.push({ body: request.text(), answeredInMs });
      });
      try {
        runs.push(await measureRun(context, noMocksTarget, options));
      } finally {
        stop();
      }
      const bodies = await Promise.all(sent.map(async (search) => canonical(JSON.parse(await search.body))));
      const firstPage = bodies.indexOf(canonical(inboxSearches.firstPageMs));
      firstPageInRun.push(sent[firstPage]?.answeredInMs ?? Number.NaN);
      checkSearchesMatch(bodies);
    }
    const medians = medianRun(runs);
    rows.push({
      extraRequests,
      firstRowsMs: medians.firstRowsMs,
      sortMs: medians.actions.sortMs ?? null,
      filterMs: medians.actions.filterMs ?? null,
      runs,
      mock,
      firstPageInRunMs: median(firstPageInRun),
    });
  }
  backend.reseed(10_000);
  return {
    sizes: rows,
    settings: {
      runs: options.runs,
      cpuThrottling: options.cpuThrottling,
      mockSamples: samples,
      mockWarmUps: warmUps,
      searches: inboxSearches,
    },
  };
}
