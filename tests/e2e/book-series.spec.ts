import { expect, test } from '@playwright/test';
import { accounts, fixedNow } from '../fixtures';
import { signIn } from './support';

const clinicTime = /\w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/;

function timeIn(text: string): string {
  const match = clinicTime.exec(text);
  if (!match) throw new Error(`No clinic date and time in "${text}"`);
  return match[0];
}

test('front desk books a three-visit series from a new request with the proposed dates', async ({ page }) => {
  // Each page compiles on its first visit to the dev server.
  test.slow();
  // The mock backend seeds the typical clinic around the browser's "now": fixed, the diary is known.
  await page.clock.setFixedTime(new Date(fixedNow));
  await signIn(page, accounts.front_desk);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Requests' }).click();
  const firstRow = page.getByRole('table', { name: 'Contact requests' }).getByRole('row').nth(1);
  await expect(firstRow).toBeVisible();
  // New requests only, the longest waiting first.
  const status = page.getByRole('group', { name: 'Status' });
  await status.getByText('Contacting', { exact: true }).click();
  await expect(status.getByRole('checkbox', { name: 'Contacting' })).not.toBeChecked();
  await expect(firstRow).toContainText('New');
  const name = (await firstRow.getByRole('link').first().textContent()) ?? '';
  await firstRow.getByRole('link', { name }).click();
  const drawer = page.getByRole('dialog', { name });
  await drawer.getByRole('link', { name: 'Book treatment series' }).click();

  // The first visit to each page compiles it on the dev server: allow for a busy machine.
  await expect(page.getByRole('heading', { level: 2, name: 'Book a treatment series' })).toBeVisible({
    timeout: 45_000,
  });
  await expect(page.getByText('Aftercare after each sclerotherapy visit')).toBeVisible();
  const sessions = page.getByRole('list', { name: 'Visits' }).getByRole('listitem');
  await expect(sessions).toHaveCount(3);
  await expect(sessions.getByText('Free', { exact: true })).toHaveCount(3);
  await expect(page.getByText(/Moved from/)).toHaveCount(0);
  const proposed = (await sessions.allTextContents()).map(timeIn);
  // The first free start after now (Wednesday 10:00), then every 14 days at the same clinic time.
  expect(proposed).toEqual(['Wed 25 Nov 2026, 11:00', 'Wed 9 Dec 2026, 11:00', 'Wed 23 Dec 2026, 11:00']);
  await page.getByRole('button', { name: 'Confirm booking of 3 visits' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Series booked' })).toBeVisible();
  await expect(page.getByText(`3 visits booked for ${name}`)).toBeVisible();
  const booked = page.getByRole('list', { name: 'Booked visits' });
  for (const time of proposed) await expect(booked).toContainText(time);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Series', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('0 of 3 done', { timeout: 45_000 });
  await row.getByRole('link', { name }).click();

  const visits = page.getByRole('list', { name: 'Visits' }).getByRole('listitem');
  await expect(visits).toHaveCount(3);
  const shown = (await visits.allTextContents()).map(timeIn);
  expect(shown).toEqual(proposed);
});
