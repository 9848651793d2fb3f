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

/** How far the page scrolls sideways in the test's 1280 px window (every list must fit). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));

test('axe finds nothing on the settings page and its unsaved-changes question', async ({ page }) => {
  test.slow();
  await signIn(page, accounts.admin);

  await page.goto('/settings');
  const settings = page.getByRole('form', { name: 'Clinic settings' });
  await expect(settings).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toBe(0);
  // The unsaved-changes question.
  await settings.getByRole('textbox', { name: /Default spacing/ }).fill('21');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).click();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('table', { name: 'Staff accounts' })).toBeVisible({ timeout: 45_000 });
});

test('axe finds nothing on the staff page and its dialogs', async ({ page }) => {
  test.slow();
  await signIn(page, accounts.admin);
  await page.goto('/staff');
  const staff = page.getByRole('table', { name: 'Staff accounts' });
  await expect(staff.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toBe(0);

  await page.getByRole('button', { name: 'Edit Elena Park' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit Elena Park' }).getByLabel('Monday from')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Deactivate Elena Park' }).click();
  await expect(page.getByRole('list', { name: 'Booked visits to rebook' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
});

test('axe finds nothing on the audit trail', async ({ page }) => {
  test.slow();
  await signIn(page, accounts.admin);
  await page.goto('/audit?kind=treatment_series');
  const audit = page.getByRole('table', { name: /Audit entries/ });
  await expect(audit.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toBe(0);
});
