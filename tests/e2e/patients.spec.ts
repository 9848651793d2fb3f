import { expect, test } from '@playwright/test';
import { accounts } from '../fixtures';
import { signIn } from './support';

// A cold dev server compiles each page on its first visit.
test.describe.configure({ timeout: 180_000 });

test('a front-desk person finds a patient by phone and opens their history', async ({ page }) => {
  const searches: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/patients')) searches.push(request.url());
  });
  await signIn(page, accounts.front_desk);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();

  const table = page.getByRole('table', { name: /Patients, page 1/ });
  await expect(table.getByRole('row').nth(3)).toBeVisible({ timeout: 45_000 });
  // The caller reads out a number that is on file, in their own format.
  const row = table.getByRole('row').nth(3);
  const name = ((await row.getByRole('link').first().textContent()) ?? '').trim();
  const stored = ((await row.getByRole('cell').nth(1).textContent()) ?? '').trim();
  const digits = stored.replace(/\D/g, '').slice(-10);
  const spoken = `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;

  await page.getByRole('searchbox', { name: 'Search patients' }).fill(spoken);
  await expect(page.getByRole('status').filter({ hasText: 'in this view' })).toHaveText('1 patient in this view');
  await expect(page).toHaveURL(/\/patients$/);
  expect(searches.every((url) => !url.includes(digits.slice(-4)))).toBe(true);

  await table.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Contact details' })).toContainText(stored);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('list', { name: 'Record history' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Treatment series' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Clinical review' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit clinical review' })).toHaveCount(0);
});
