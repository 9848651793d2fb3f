import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { trackNetwork } from './network-quiet.ts';
import { installProbe } from './probe.ts';
import { pathnameOf, type Target } from './targets.ts';

export interface RunMetrics {
  /** Navigation start to the first data row painted. */
  firstRowsMs: number;
  /** Navigation start to the first data row in the DOM (before that frame's paint). */
  firstRowsDomMs: number;
  firstContentfulPaintMs: number | null;
  /** Navigation start to the mock worker ready (restored the persisted database): part of first rows, not in a real build. */
  mocksReadyMs: number | null;
  /** Used JS heap after load and a forced garbage collection. */
  heapMb: number;
  /**
   * Each of the target's timed clicks (by `TimedAction.key`): pointer down to the changed rows
   * painted. The inbox's `sortMs` ("Name" header) and `filterMs` ("Closed" chip, after the sort).
   */
  actions: Record<string, number>;
}

export interface PageOptions {
  origin: string;
  /** CPU slowdown through the DevTools protocol; 1 is none. */
  cpuThrottling: number;
}

/** Rows count as updated when they have not changed for this long after the last change. */
const quietMs = 750;
const actionTimeoutMs = 20_000;

async function openPage(context: BrowserContext, target: Target, options: PageOptions) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (options.cpuThrottling > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottling });
  await page.addInitScript(installProbe, target.rowSelector);
  return { page, cdp, networkQuiet: trackNetwork(page) };
}

const failureShot = (target: Target) =>
  join(dirname(fileURLToPath(import.meta.url)), '.tmp', `failure-${target.key}.png`);

/** Runs `measure` on the page; on failure, saves a screenshot and names the URL the page was on. */
async function withPage<T>(page: Page, target: Target, measure: () => Promise<T>): Promise<T> {
  try {
    return await measure();
  } catch (error) {
    const url = page.isClosed() ? 'a closed page' : page.url();
    if (!page.isClosed()) await page.screenshot({ path: failureShot(target) }).catch(() => undefined);
    throw new Error(`${target.label} on ${url} (screenshot: bench/.tmp/failure-${target.key}.png)`, { cause: error });
  } finally {
    await page.close();
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The bench probe is not installed (${what})`);
  return value;
}

async function loadUntilFirstRows(page: Page, target: Target, origin: string) {
  await page.goto(`${origin}${target.path}`, { waitUntil: 'commit' });
  const first = required(await page.evaluate(() => window.__bench?.firstRowPainted()), target.path);
  const path = new URL(page.url()).pathname;
  const expected = pathnameOf(target);
  if (path !== expected) throw new Error(`${target.label}: expected ${expected}, landed on ${path}`);
  return first;
}

async function heapUsedMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** Clicks and returns pointer down → the last change of the rows painted (the rows then stayed put for `quietMs`). */
async function timedClick(page: Page, control: Locator, what: string): Promise<number> {
  await control.waitFor({ state: 'visible' });
  required(await page.evaluate(() => window.__bench?.arm()), what);
  await control.click();
  const settled = required(
    await page.evaluate(({ quiet, timeout }) => window.__bench?.settled(quiet, timeout), {
      quiet: quietMs,
      timeout: actionTimeoutMs,
    }),
    what,
  );
  const last = settled.changes.at(-1);
  if (settled.pointerDown === null) throw new Error(`${what}: the click never reached the page`);
  if (!last || last.paint === null) throw new Error(`${what}: the rows did not change within ${actionTimeoutMs} ms`);
  return last.paint - settled.pointerDown;
}

/** One fresh, cold page load with the measurements of one run. */
export async function measureRun(context: BrowserContext, target: Target, options: PageOptions): Promise<RunMetrics> {
  const { page, cdp, networkQuiet } = await openPage(context, target, options);
  return withPage(page, target, async () => {
    const first = await loadUntilFirstRows(page, target, options.origin);
    await networkQuiet();
    const heapMb = await heapUsedMb(cdp);
    const actions: Record<string, number> = {};
    for (const action of target.actions) {
      actions[action.key] = await timedClick(page, action.control(page), `${target.label}: ${action.label}`);
    }
    const paints = await page.evaluate(() => ({
      fcp: window.__bench?.state.firstContentfulPaint ?? null,
      mocksReady: window.__bench?.state.mocksReady ?? null,
    }));
    return {
      firstRowsMs: first.paint ?? Number.NaN,
      firstRowsDomMs: first.dom,
      firstContentfulPaintMs: paints.fcp,
      mocksReadyMs: paints.mocksReady,
      heapMb,
      actions,
    };
  });
}

export interface ScrollResult {
  /** Every `tr` or `[role=row]` element in the document at the end. */
  rowElements: number;
  /** The data rows among them. */
  dataRowElements: number;
  /** The table's `aria-rowcount` and the last data row's `aria-rowindex`, when the table has them. */
  ariaRowCount: number | null;
  lastAriaRowIndex: number | null;
  /** The scroll height stopped growing for 3 s (and the last row is the last one, if the table says how many). */
  reachedEnd: boolean;
  seconds: number;
}

/** Scrolls the scroll container of the rows to the bottom; returns where the rows are then. */
function scrollToBottom(selector: string) {
  const rows = document.querySelectorAll(selector);
  let scroller: Element | null = rows[0]?.parentElement ?? null;
  while (scroller && scroller !== document.body) {
    const { overflowY } = getComputedStyle(scroller);
    if (/(auto|scroll)/.test(overflowY) && scroller.scrollHeight > scroller.clientHeight) break;
    scroller = scroller.parentElement;
  }
  const element = scroller && scroller !== document.body ? scroller : document.scrollingElement;
  if (element) element.scrollTop = element.scrollHeight;
  const table = rows[0]?.closest('table');
  const number = (value: string | null | undefined) => (value ? Number(value) : null);
  return {
    height: element?.scrollHeight ?? 0,
    ariaRowCount: number(table?.getAttribute('aria-rowcount')),
    lastAriaRowIndex: number(rows[rows.length - 1]?.getAttribute('aria-rowindex')),
  };
}

/**
 * Scrolls the rows' scroll container to the bottom, again and again while more rows load
 * ("load more" on scroll), until the height stays put for 3 s (and, when the table has
 * `aria-rowcount`, its last row is rendered); then counts the row elements.
 */
export async function rowsAfterScrollingToEnd(
  context: BrowserContext,
  target: Target,
  options: PageOptions & { budgetMs: number },
): Promise<ScrollResult> {
  const { page, networkQuiet } = await openPage(context, target, options);
  return withPage(page, target, async () => {
    await loadUntilFirstRows(page, target, options.origin);
    await networkQuiet();
    const startedAt = Date.now();
    const overBudget = () => Date.now() - startedAt > options.budgetMs;
    let position = await page.evaluate(scrollToBottom, target.rowSelector);
    let reachedEnd = false;
    while (!reachedEnd && !overBudget()) {
      const before = position.height;
      const waitUntil = Date.now() + 3_000;
      do {
        await page.waitForTimeout(100);
        position = await page.evaluate(scrollToBottom, target.rowSelector);
      } while (position.height === before && Date.now() < waitUntil && !overBudget());
      const lastIsLast = position.ariaRowCount === null || position.lastAriaRowIndex === position.ariaRowCount;
      reachedEnd = position.height === before && lastIsLast;
    }
    const counts = await page.evaluate(
      (selector) => ({
        rowElements: document.querySelectorAll('tr, [role="row"]').length,
        dataRowElements: document.querySelectorAll(selector).length,
      }),
      target.rowSelector,
    );
    return {
      ...counts,
      ariaRowCount: position.ariaRowCount,
      lastAriaRowIndex: position.lastAriaRowIndex,
      reachedEnd,
      seconds: (Date.now() - startedAt) / 1000,
    };
  });
}

/** The JS and CSS URLs a fresh load of `path` fetched, plus the script of the page's service worker. */
export async function loadedScriptsAndStyles(
  context: BrowserContext,
  target: Target,
  path: string,
  options: PageOptions,
): Promise<string[]> {
  const { page, networkQuiet } = await openPage(context, target, options);
  return withPage(page, target, async () => {
    await page.goto(`${options.origin}${path}`, { waitUntil: 'load' });
    if (path === target.path) required(await page.evaluate(() => window.__bench?.firstRowPainted()), path);
    await networkQuiet();
    await page.waitForTimeout(300);
    const landed = new URL(page.url()).pathname;
    if (landed !== path) throw new Error(`Loading ${path} landed on ${landed}`);
    return await page.evaluate(async () => {
      const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
      const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
      const workers = registrations.flatMap((registration) => {
        const worker = registration.active ?? registration.waiting ?? registration.installing;
        return worker ? [worker.scriptURL] : [];
      });
      return [...urls, ...workers];
    });
  });
}
