import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { accounts, signIn } from './support';

/** Every axe violation on the page, one line each, so a failure names the rule and the element. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`),
  );
}

test('axe finds nothing on the public form and the front desk pages', async ({ page }) => {
  // Each page compiles on its first visit to the dev server.
  test.slow();
  await page.goto('/request-appointment');
  await expect(page.getByRole('button', { name: /send/i })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);

  await page.goto('/login');
  await expect(page.getByLabel('Work email')).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
  await signIn(page, accounts.frontDesk);

  await page.goto('/requests');
  const requests = page.getByRole('table', { name: 'Contact requests' });
  await expect(requests.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);

  await requests.getByRole('link').first().click();
  await expect(page.getByRole('dialog')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('heading', { name: 'Contact attempts' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.goto('/series');
  const series = page.getByRole('table');
  await expect(series.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);

  await series.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: /^Series: / })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
});

test('axe finds nothing on the follow-up queue and a call', async ({ page }) => {
  test.slow();
  await page.goto('/login');
  await expect(page.getByLabel('Work email')).toBeVisible({ timeout: 45_000 });
  await signIn(page, accounts.frontDesk);

  await page.goto('/follow-ups?bucket=overdue');
  const calls = page.getByRole('table', { name: /^Overdue calls/ });
  await expect(calls.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);

  await calls.getByRole('row').nth(1).focus();
  await page.keyboard.press('Enter');
  const call = page.getByRole('dialog');
  await expect(call.getByRole('heading', { name: 'Earlier attempts' })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
  await call.getByRole('radio', { name: 'Postpone' }).check();
  await call.getByRole('radio', { name: 'Another date and time' }).check();
  expect(await violations(page)).toEqual([]);
});
