import { expect, type Page, test } from '@playwright/test';
import { accounts, fixedNow } from '../fixtures';
import { signIn } from './support';

// The mock backend seeds the typical clinic around the browser's "now": fix it, so the data
// is the same as in the integration tests (Wednesday 25 November 2026, 10:00 in New York).
const seededAt = new Date(fixedNow);
// Friday 27 November, 11:30 in New York: the clinician's 11:15 visit has begun.
const duringTheVisit = new Date('2026-11-27T16:30:00Z');
// Tuesday 1 December, 07:00 in New York: the morning the 72-hour call falls due.
const callMorning = new Date('2026-12-01T12:00:00Z');

async function signInAt(page: Page, at: Date, email: string) {
  await page.clock.setFixedTime(at);
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 2, name: 'Today' })).toBeVisible({ timeout: 45_000 });
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** The "N due later today" figure on the front desk's calls card. */
async function callsDueLaterToday(page: Page): Promise<number> {
  const card = page.getByRole('region', { name: 'Calls to make' });
  const figure = card.getByText(/^\d+ due later today$/);
  await expect(figure).toBeVisible({ timeout: 45_000 });
  return Number.parseInt((await figure.textContent()) ?? '', 10);
}

test("a clinician completes visit 1 from Today; on the morning it falls due the front desk's Today shows the call", async ({
  page,
}) => {
  // Each page compiles on its first visit to the dev server.
  test.slow();
  await page.clock.setFixedTime(seededAt);
  await page.goto('/login');
  await expect(page.getByLabel('Work email')).toBeVisible({ timeout: 45_000 });

  // How many calls the front desk has for that Tuesday before the visit is recorded.
  await signInAt(page, callMorning, accounts.front_desk);
  const before = await callsDueLaterToday(page);
  await signOut(page);

  await signInAt(page, duringTheVisit, accounts.clinician);
  const visits = page.getByRole('table', { name: /^Friday 27 November, \d+ visits?, in clinic time$/ });
  // Clinic time (New York), not the browser's Tokyo time.
  const nadia = visits.getByRole('row').filter({ hasText: 'Nadia White' });
  await expect(nadia).toContainText('11:15–12:00');
  await expect(nadia).toContainText('Visit 1 of 3');
  await expect(nadia).toContainText('First visit');
  await nadia.getByRole('button', { name: 'Complete visit 1, Nadia White' }).click();

  const dialog = page.getByRole('dialog', { name: 'Complete visit 1' });
  await dialog.getByRole('checkbox', { name: 'Left leg' }).check();
  await dialog.getByRole('textbox', { name: 'Clinical notes' }).fill('Polidocanol 0.5%, 8 injections.');
  await dialog.getByRole('button', { name: 'Complete visit' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('72-hour follow-up call created.')).toBeVisible();
  await expect(nadia).toContainText('Completed');
  await expect(nadia.getByRole('button', { name: /Complete/ })).toHaveCount(0);
  await signOut(page);

  // Nadia asked for mornings: the call falls due at Tuesday's opening, 08:00.
  await signInAt(page, callMorning, accounts.front_desk);
  await expect.poll(() => callsDueLaterToday(page)).toBe(before + 1);
  await page.getByRole('region', { name: 'Calls to make' }).getByRole('link', { name: 'Calls due today' }).click();
  await expect(page).toHaveURL(/\/follow-ups\?bucket=today$/);
});
