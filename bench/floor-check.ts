import type { BrowserContext, Page } from 'playwright-core';
import type { Target } from './targets.ts';

/** What a page shows at one step: the view in its URL, the table's row count and the requests rendered. */
export interface ShownRows {
  search: string;
  /** `aria-rowcount` of the table: the view's total plus the header row. */
  ariaRowCount: number | null;
  /** The id each rendered row links to, in order. */
  ids: string[];
  /** Height of the rows' scroll container (px): it decides how many rows the virtualizer renders. */
  scrollerHeight: number;
}

export interface FloorCheckStep {
  step: string;
  inbox: ShownRows;
  floor: ShownRows;
}

const steps = ['first rows', 'sorted by name', 'with "Closed"'] as const;
const stableMs = 500;
const timeoutMs = 20_000;

function readRows(selector: string): ShownRows {
  const rows = [...document.querySelectorAll(selector)];
  const table = rows[0]?.closest('table');
  const count = table?.getAttribute('aria-rowcount');
  return {
    scrollerHeight: table?.parentElement?.clientHeight ?? 0,
    search: window.location.search,
    ariaRowCount: count ? Number(count) : null,
    ids: rows.map((row) => row.querySelector('a[href]')?.getAttribute('href')?.split('?')[0]?.split('/').pop() ?? ''),
  };
}

/** The rows once they differ from `before` and then stay the same for `stableMs`. */
async function settledRows(page: Page, target: Target, before: string | null): Promise<ShownRows> {
  const giveUpAt = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  for (;;) {
    const rows = await page.evaluate(readRows, target.rowSelector);
    const signature = JSON.stringify(rows);
    if (signature !== last) [last, since] = [signature, Date.now()];
    const changed = rows.ids.length > 0 && signature !== before;
    if (changed && Date.now() - since >= stableMs) return rows;
    if (Date.now() > giveUpAt) throw new Error(`${target.label}: the rows did not settle within ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** Loads the target (unthrottled), then does its timed clicks, and reads the rows after each step. */
async function rowsAtEachStep(context: BrowserContext, target: Target, origin: string): Promise<ShownRows[]> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${target.path}`);
    const shown = [await settledRows(page, target, null)];
    for (const action of target.actions) {
      await action.control(page).click();
      shown.push(await settledRows(page, target, JSON.stringify(shown.at(-1))));
    }
    return shown;
  } finally {
    await page.close();
  }
}

/**
 * Checks that the floor does the inbox's visible work, no less and no more: at each step (load,
 * sort, filter) the same view in the URL, the same total, and the same rendered requests in the
 * same order. Throws if not.
 */
export async function checkFloorShowsTheInbox(
  context: BrowserContext,
  origin: string,
  targets: { inbox: Target; floor: Target },
): Promise<FloorCheckStep[]> {
  const inbox = await rowsAtEachStep(context, targets.inbox, origin);
  const floor = await rowsAtEachStep(context, targets.floor, origin);
  return steps.map((step, index) => {
    const [inboxRows, floorRows] = [inbox[index], floor[index]];
    if (!inboxRows || !floorRows) throw new Error(`The floor check has no rows for the step "${step}"`);
    const shown = ({ search, ariaRowCount, ids }: ShownRows) => JSON.stringify([search, ariaRowCount, ids]);
    if (shown(inboxRows) !== shown(floorRows)) {
      throw new Error(
        `The floor does not show the inbox's rows (${step}; for another number of rows, match the scrollers' heights` +
          ` in bench/inbox-floor/floor.module.css): ${JSON.stringify({ inbox: inboxRows, floor: floorRows })}`,
      );
    }
    return { step, inbox: inboxRows, floor: floorRows };
  });
}
