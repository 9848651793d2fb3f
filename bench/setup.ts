import type { BrowserContext, Page } from 'playwright-core';

export const account = { email: 'frontdesk@veindesk.test', password: 'veindesk-demo' };

/** The dev panel's scenarios the bench uses, by their label there (mocks/dev-panel). */
export const scenarioLabels = { large: '10,000 requests', busyWeek: 'Busy week' } as const;
export type ScenarioLabel = (typeof scenarioLabels)[keyof typeof scenarioLabels];

/** The app's sessionStorage key for its bearer token (src/lib/auth-token.ts). */
export const tokenStorageKey = 'vein-desk.token';

/** A signed-in tab's sessionStorage (the bearer token), copied into every new page. */
export type SessionEntries = [string, string][];

export interface PreparedSession {
  sessionStorage: SessionEntries;
  /** The mock network latency shown in the dev panel after the set-up (0). */
  mockLatencyMs: number | null;
}

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Work email').fill(account.email);
  await page.getByLabel(/^Password/).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

const readSession = (page: Page): Promise<SessionEntries> => page.evaluate(() => Object.entries(window.sessionStorage));

async function openDevPanel(page: Page) {
  await page.getByRole('button', { name: 'Mock backend' }).click();
  const panel = page.getByRole('dialog', { name: 'Mock backend' });
  await panel.waitFor();
  return panel;
}

async function readPanel(page: Page) {
  const panel = await openDevPanel(page);
  const scenario = await panel.getByRole('combobox', { name: 'Scenario' }).inputValue();
  const latency = /(\d+) ms/.exec((await panel.getByText(/^Latency: /).textContent()) ?? '')?.[1];
  const failure = /(\d+) %/.exec((await panel.getByText(/^Failure rate: /).textContent()) ?? '')?.[1];
  return {
    panel,
    scenario,
    latencyMs: latency === undefined ? null : Number(latency),
    failurePercent: failure === undefined ? null : Number(failure),
  };
}

/**
 * Does what a developer does: signs in through the login form, opens the dev panel
 * ("Mock backend", bottom left), picks the scenario (e.g. "10,000 requests") and slides the mock
 * latency (250 ms by default) and failure rate to 0: the bench measures the front end, not a
 * simulated network. The mock database is persisted in IndexedDB (debounced), so later page
 * loads in this browser context start with it; a reload proves that before any measurement.
 */
export async function prepareScenario(
  context: BrowserContext,
  origin: string,
  scenarioLabel: ScenarioLabel,
): Promise<PreparedSession> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/login`);
    await signIn(page);
    for (let attempt = 1; ; attempt += 1) {
      const state = await readPanel(page);
      const ready = state.scenario === scenarioLabel && state.latencyMs === 0 && state.failurePercent === 0;
      if (ready && attempt > 1) {
        return { sessionStorage: await readSession(page), mockLatencyMs: state.latencyMs };
      }
      if (attempt > 4) throw new Error(`The dev panel settings did not persist: ${JSON.stringify(state)}`);
      if (state.scenario !== scenarioLabel) {
        await state.panel.getByRole('combobox', { name: 'Scenario' }).click();
        await page.getByRole('option', { name: scenarioLabel, exact: true }).click();
      }
      for (const caption of [/^Latency: /, /^Failure rate: /]) {
        await state.panel.getByText(caption).locator('xpath=..').getByRole('slider').focus();
        await page.keyboard.press('Home');
      }
      // Let the debounced save of the (large) mock database finish before reloading.
      await page.waitForTimeout(3_000);
      await page.reload();
      if (new URL(page.url()).pathname === '/login') await signIn(page);
    }
  } finally {
    await page.close();
  }
}

/** Signs in through the login form (of the build without mocks: its API is the bench's Node backend). */
export async function signInOnce(context: BrowserContext, origin: string): Promise<SessionEntries> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/login`);
    await signIn(page);
    return await readSession(page);
  } finally {
    await page.close();
  }
}

/** Every new page of the context starts signed in, like a reload of the signed-in tab. */
export async function carrySession(context: BrowserContext, sessionStorage: SessionEntries): Promise<void> {
  await context.addInitScript((entries) => {
    try {
      for (const [key, value] of entries) {
        if (window.sessionStorage.getItem(key) === null) window.sessionStorage.setItem(key, value);
      }
    } catch {
      // Opaque-origin frames (about:blank before navigation) have no sessionStorage.
    }
  }, sessionStorage);
}

/**
 * MSW's service worker unregisters itself when its last client closes, so a fresh tab after a
 * closed one would race the unregistration (and then install the worker again). One idle,
 * mocked tab stays open for the whole bench, like a developer's open demo: every measured
 * page finds the worker active. The bench-only page is the quietest one (no polling).
 */
export async function keepMockWorkerAlive(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/bench-datatable/`);
  await page.locator('table[aria-label="Contact requests"] tbody tr').first().waitFor();
  return page;
}
