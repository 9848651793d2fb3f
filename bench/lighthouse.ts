import lighthouse, { type Config, type Flags, type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts';
import { type FormFactor, type LighthouseAudit, summarizeLighthouse } from './lighthouse-summary.ts';
import { account } from './setup.ts';
import { appTarget, publicFormRoute } from './targets.ts';

export const lighthouseAudits: readonly LighthouseAudit[] = [
  { path: '/login', formFactor: 'mobile', signedIn: false },
  { path: publicFormRoute, formFactor: 'mobile', signedIn: false },
  { path: '/login', formFactor: 'desktop', signedIn: false },
  { path: publicFormRoute, formFactor: 'desktop', signedIn: false },
  { path: appTarget.path, formFactor: 'desktop', signedIn: true },
];

/** No config is Lighthouse's default: a mobile phone with simulated slow 4G and 4x CPU. */
const configs: Record<FormFactor, Config | undefined> = { mobile: undefined, desktop: desktopConfig };

async function signIn(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.locator('::-p-aria([name="Work email"][role="textbox"])').fill(account.email);
  await page.locator('input[type="password"]').fill(account.password);
  await page.locator('::-p-aria([name="Sign in"][role="button"])').click();
  // The app leaves /login once the token is stored (it lands on the Today page).
  await page.waitForFunction(() => window.location.pathname !== '/login', { timeout: 15_000 });
}

/** The signed-in audit must have measured the inbox, not the login page it would redirect to. */
async function checkInbox(page: Page, lhr: Result): Promise<void> {
  const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
  const rows =
    finalPath === appTarget.path
      ? await page.waitForSelector(appTarget.rowSelector, { timeout: 10_000 }).catch(() => null)
      : null;
  if (!rows) {
    throw new Error(`Lighthouse did not audit the inbox: it ended on ${lhr.finalDisplayedUrl} without its rows`);
  }
}

async function auditOnce(browser: Browser, origin: string, audit: LighthouseAudit): Promise<Result> {
  const page = await browser.newPage();
  try {
    if (audit.signedIn) await signIn(page, origin);
    const flags: Flags = {
      onlyCategories: ['performance'],
      logLevel: 'error',
      output: 'json',
      // Keeps the tab's sessionStorage (the token); every response is no-store, so loads stay cold.
      disableStorageReset: audit.signedIn,
    };
    const result = await lighthouse(`${origin}${audit.path}`, flags, configs[audit.formFactor], page);
    if (!result) throw new Error(`Lighthouse returned nothing for ${audit.path} (${audit.formFactor})`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${audit.path}: ${lhr.runtimeError.message}`);
    if (audit.signedIn) await checkInbox(page, lhr);
    return lhr;
  } finally {
    await page.close();
  }
}

/** Each (page, form factor) `runs` times, in the build without mocks at `origin`; see bench/README.md. */
export async function measureLighthouse(origin: string, runs: number, log: (message: string) => void) {
  const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const results = [];
    for (const audit of lighthouseAudits) {
      log(`Lighthouse ${audit.formFactor} ${audit.path} (${runs} runs)`);
      const auditRuns: Result[] = [];
      for (let run = 1; run <= runs; run += 1) auditRuns.push(await auditOnce(browser, origin, audit));
      results.push(summarizeLighthouse(audit, auditRuns));
    }
    return { lighthouseVersion: results[0]?.lighthouseVersion ?? null, results };
  } finally {
    await browser.close();
  }
}
