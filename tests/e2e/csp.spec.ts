import { expect, type Page, test } from '@playwright/test';
import { securityHeaders } from '../../deploy/headers';
import { previewPort } from './ports';

// The production build (no mock backend) as a deployment serves it: see deploy/headers.ts.
test.use({ baseURL: `http://localhost:${previewPort}` });

type Violation = { directive: string; blocked: string; sample: string };

/** Every CSP violation the page reports, from its first script on, and every CSP console error. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return async () => {
    const reported = await page.evaluate(() =>
      'cspViolations' in window ? JSON.stringify(window.cspViolations) : '[]',
    );
    const violations: Violation[] = JSON.parse(reported);
    return [...violations.map((v) => `${v.directive} blocked ${v.blocked || 'inline'} ${v.sample}`), ...consoleErrors];
  };
}

/** Mantine's theme reaches the page only through its runtime <style> element, which the CSP lets in by its nonce. */
async function expectThemeApplied(page: Page) {
  const anchorColor = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-anchor'),
  );
  expect(anchorColor).toContain('color-mix');
  const styles = page.locator('style[data-mantine-styles]');
  await expect(styles.first()).toBeAttached();
  for (const style of await styles.all()) {
    expect(await style.evaluate((element: HTMLStyleElement) => element.nonce.length)).toBeGreaterThan(0);
  }
}

test('the sign-in page renders under the CSP with every header a deployment sends', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/login');
  const headers = response?.headers() ?? {};
  for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()]).toBe(value);
  expect(headers['cache-control']).toBe('no-store');
  const policy = headers['content-security-policy'] ?? '';
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toMatch(/script-src 'self';/);
  expect(policy).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}';/);
  expect(policy).not.toContain('unsafe-inline');

  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Work email' })).toBeVisible();
  await expectThemeApplied(page);
  // The theme's primary colour, teal 9 (#087f5b), and not Mantine's default blue.
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCSS('background-color', 'rgb(8, 127, 91)');
  expect(await violations()).toEqual([]);
});

test('the public appointment form renders under the CSP, its theme from a stylesheet', async ({ page }) => {
  const violations = await watchViolations(page);
  // The build has no backend: the one answer the form's checks need (the clinic's country) is given
  // here. The page still asks for it under its CSP (connect-src) before this answers.
  await page.route('**/api/public/settings', (route) => route.fulfill({ json: { country: 'US' } }));
  await page.goto('/request-appointment');
  await expect(page.getByRole('heading', { name: 'Request an appointment' })).toBeVisible();
  const send = page.getByRole('button', { name: 'Send request' });
  await expect(send).toBeVisible();
  // The checks load at the first touch of the form; the example of the clinic's phone format comes with them.
  await page.getByRole('textbox', { name: 'Full name' }).click();
  await expect(page.getByText('For example (201) 555-0123')).toBeVisible();
  // No Mantine at runtime: the theme's variables are a stylesheet of the build (deploy/theme-variables.ts).
  const anchorColor = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-anchor'),
  );
  expect(anchorColor).toContain('color-mix');
  await expect(send).toHaveCSS('background-color', 'rgb(8, 127, 91)');
  expect(await violations()).toEqual([]);
});

test('each page gets its own nonce, and assets the security headers', async ({ request }) => {
  const nonceOf = async () =>
    /'nonce-([^']+)'/.exec((await request.get('/login')).headers()['content-security-policy'] ?? '')?.[1];
  const [first, second] = [await nonceOf(), await nonceOf()];
  expect(first).toBeTruthy();
  expect(second).not.toBe(first);
  const page = await (await request.get('/login')).text();
  expect(page).not.toContain('__CSP_NONCE__');

  const script = /src="(\/assets\/[^"]+\.js)"/.exec(page)?.[1] ?? '';
  const asset = await request.get(script);
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  expect(asset.headers()['referrer-policy']).toBe('no-referrer');
});

test('the production build holds no mock backend', async ({ request }) => {
  const worker = await request.get('/mockServiceWorker.js');
  expect(worker.headers()['content-type']).not.toContain('javascript');
});
