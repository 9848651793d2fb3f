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

test('axe finds nothing on the patients list, a patient page and the merge dialog', async ({ page }) => {
  test.slow();
  await signIn(page, accounts.front_desk);

  await page.goto('/patients');
  const patients = page.getByRole('table', { name: /Patients, page 1/ });
  await expect(patients.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);

  await patients.getByRole('link').first().click();
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toBeVisible({
    timeout: 45_000,
  });
  await page.getByRole('button', { name: 'Edit contact details' }).click();
  await expect(page.getByRole('form', { name: 'Edit contact details' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // A patient with an open request flagged as possibly them: find that request in the inbox by their details.
  await page.goto('/patients');
  const flagged = patients.getByRole('row').filter({ hasText: 'Possible duplicate' }).first();
  await expect(flagged).toBeVisible({ timeout: 45_000 });
  await flagged.getByRole('link').first().click();
  const contact = page.getByRole('region', { name: 'Contact details' });
  await expect(contact).toBeVisible({ timeout: 45_000 });
  const phone = ((await contact.locator('dd').nth(0).textContent()) ?? '').replace(/\D/g, '').slice(-10);
  const email = ((await contact.locator('dd').nth(1).textContent()) ?? '').trim();

  await page.goto('/requests');
  const requests = page.getByRole('table', { name: 'Contact requests' });
  await expect(requests.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  const duplicate = requests
    .getByRole('row')
    .filter({ hasText: /as patient/ })
    .first();
  for (const detail of [phone, email]) {
    await page.getByRole('searchbox', { name: 'Search' }).fill(detail);
    const found = await duplicate.waitFor({ state: 'visible', timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (found) break;
  }
  await duplicate.getByRole('link').first().click();
  await page.getByRole('button', { name: 'Same person: merge…' }).click();
  await expect(page.getByRole('table', { name: 'Contact details to keep' })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
});
