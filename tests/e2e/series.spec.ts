import { expect, test } from '@playwright/test';
import { accounts, fixedNow } from '../fixtures';
import { signIn } from './support';

// The mock backend seeds the typical clinic around the browser's "now": fix it, so the data
// is the same as in the integration tests (Wednesday 25 November 2026, 10:00 in New York).
const seededAt = new Date(fixedNow);
// Two days later, Friday 11:30: the clinician's 11:15 visit has begun.
const duringTheVisit = new Date('2026-11-27T16:30:00Z');

test('a clinician completes visit 1 of a series with treated areas and notes, and the 72-hour call is created', async ({
  page,
}) => {
  // Each page compiles on its first visit to the dev server.
  test.slow();
  await page.clock.setFixedTime(seededAt);
  await page.goto('/login');
  await expect(page.getByLabel('Work email')).toBeVisible({ timeout: 45_000 });
  await page.clock.setFixedTime(duringTheVisit);
  await signIn(page, accounts.clinician);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Series', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Series' })).toBeVisible({ timeout: 45_000 });
  await page.getByRole('group', { name: 'Status' }).getByText('On track').click();
  await expect(page).toHaveURL(/status=on_track/);
  await page.getByRole('combobox', { name: 'Clinician' }).click();
  await page.getByRole('option', { name: 'Elena Park' }).click();
  await expect(page).toHaveURL(/status=on_track&clinician=/);

  // A course that has not started: visit 1 (shown in clinic time, not Tokyo's) is under way now.
  const row = page.getByRole('row').filter({ hasText: '0 of 3 done' }).filter({ hasText: 'Fri 27 Nov 2026, 11:15' });
  await expect(row).toHaveCount(1);
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: /^Series: / })).toBeVisible({ timeout: 45_000 });

  const visit1 = page.getByRole('listitem', { name: 'Visit 1' });
  await expect(visit1).toContainText('Fri 27 Nov 2026, 11:15');
  await expect(visit1).toContainText('Scheduled');
  await visit1.getByRole('button', { name: 'Complete visit 1' }).click();

  const dialog = page.getByRole('dialog', { name: 'Complete visit 1' });
  await dialog.getByRole('checkbox', { name: 'Left leg' }).check();
  await dialog.getByRole('checkbox', { name: 'Right leg' }).check();
  await dialog
    .getByRole('textbox', { name: 'Clinical notes' })
    .fill('Polidocanol 0.5%, 10 injections. Tolerated well.');
  await dialog.getByRole('button', { name: 'Complete visit' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText('72-hour follow-up call created.')).toBeVisible();
  await expect(visit1).toContainText('Completed');
  await expect(visit1).toContainText('Treated: Left leg, Right leg');
  await expect(visit1).toContainText('Notes: Polidocanol 0.5%, 10 injections. Tolerated well.');
  await expect(page.getByText('1 of 3 done')).toBeVisible();
});
