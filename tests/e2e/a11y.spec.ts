import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { accounts } from '../fixtures';
import { signIn } from './support';

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
  await signIn(page, accounts.front_desk);

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

test('axe finds nothing on Today for each role, nor in its complete dialog', async ({ page }) => {
  test.slow();
  // The typical clinic seeded on Wednesday 25 November, then Friday 11:30 in New York, during a visit.
  await page.clock.setFixedTime(new Date('2026-11-25T15:00:00Z'));
  await page.goto('/login');
  await expect(page.getByLabel('Work email')).toBeVisible({ timeout: 45_000 });
  await page.clock.setFixedTime(new Date('2026-11-27T16:30:00Z'));

  for (const email of [accounts.front_desk, accounts.admin, accounts.clinician]) {
    await signIn(page, email);
    await expect(page.getByRole('heading', { level: 2, name: 'Today' })).toBeVisible({ timeout: 45_000 });
    // Wait for the data, not the loaders.
    await expect(
      page
        .getByRole('table')
        .or(page.getByText(/^\d+ still to come$/))
        .first(),
    ).toBeVisible({
      timeout: 45_000,
    });
    await expect(page.getByLabel(/^Loading/)).toHaveCount(0);
    expect(await violations(page)).toEqual([]);
    if (email === accounts.clinician) break;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
  }

  await page
    .getByRole('button', { name: /^Complete visit 1, / })
    .first()
    .click();
  await expect(page.getByRole('dialog', { name: 'Complete visit 1' })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
});
