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

test('axe finds nothing on the schedule: week, clinic day, the visit panel and the block dialog', async ({ page }) => {
  test.slow();
  // Seeded on Wednesday 25 November (New York), then Friday 11:30, during Nadia White's first visit.
  await page.clock.setFixedTime(new Date('2026-11-25T15:00:00Z'));
  await page.goto('/login');
  await expect(page.getByLabel('Work email')).toBeVisible({ timeout: 45_000 });
  await page.clock.setFixedTime(new Date('2026-11-27T16:30:00Z'));
  await signIn(page, accounts.clinician);

  await page.goto('/schedule?view=week');
  const visit = page.getByRole('button', { name: /^11:15, Nadia White, visit 1 of 3/ });
  await expect(visit).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);

  await visit.click();
  await expect(page.getByRole('dialog', { name: 'Nadia White: visit 1 of 3' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Complete visit 1' })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Block time…' }).click();
  await expect(page.getByRole('dialog', { name: 'Block time' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto('/schedule?view=clinic');
  await expect(page.getByRole('list', { name: 'Visits, Elena Park' }).getByRole('button').first()).toBeVisible({
    timeout: 45_000,
  });
  expect(await violations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Free times, Elena Park' }).click();
  await page.getByRole('group', { name: 'Free start times' }).getByRole('button').first().click();
  await expect(page.getByRole('combobox', { name: 'From an open request' })).toBeVisible();
  // Off the time just chosen: axe would measure its hover shade (teal 8 under white text, 3.9:1).
  await page.mouse.move(0, 0);
  expect(await violations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await page.goto('/schedule?view=day');
  await expect(page.getByRole('table')).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
});
