import { expect, type Page, test } from '@playwright/test';
import { accounts } from '../fixtures';
import { signIn } from './support';

// The mock backend seeds the typical clinic around the browser's "now": fix it
// (Wednesday 25 November 2026, 10:00 in New York), so the data is the integration tests'.
const seededAt = new Date('2026-11-25T15:00:00Z');
const DAY_MS = 86_400_000;

// Whole flows on a cold dev server: more than the default minute.
test.describe.configure({ timeout: 240_000 });

async function openSeenAs(page: Page, at: Date, email: string): Promise<void> {
  await page.clock.setFixedTime(seededAt);
  await page.goto('/login');
  await expect(page.getByLabel('Work email')).toBeVisible({ timeout: 45_000 });
  await page.clock.setFixedTime(at);
  await signIn(page, email);
}

async function openFollowUps(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Follow-ups/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Follow-ups' })).toBeVisible({ timeout: 45_000 });
}

test('the 72-hour call comes due three days after the visit and the front desk works it, raising a concern', async ({
  page,
}) => {
  // Friday 27 November, 11:30 in New York: Nadia White's visit 1 (11:15, with Elena Park) is under way.
  const duringTheVisit = new Date('2026-11-27T16:30:00Z');
  await openSeenAs(page, duringTheVisit, accounts.clinician);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Series', exact: true }).click();
  await page.getByRole('combobox', { name: 'Clinician' }).click();
  await page.getByRole('option', { name: 'Elena Park' }).click();
  await page.getByRole('row').filter({ hasText: 'Nadia White' }).getByRole('link').first().click();
  const visit1 = page.getByRole('listitem', { name: 'Visit 1' });
  await visit1.getByRole('button', { name: 'Complete visit 1' }).click();
  const complete = page.getByRole('dialog', { name: 'Complete visit 1' });
  await complete.getByRole('checkbox', { name: 'Left leg' }).check();
  await complete.getByRole('textbox', { name: 'Clinical notes' }).fill('Polidocanol 0.5%, 8 injections.');
  await complete.getByRole('button', { name: 'Complete visit' }).click();
  await expect(page.getByText('72-hour follow-up call created.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  // The front desk sees it under Upcoming, due Monday (in clinic time, not Tokyo's).
  await signIn(page, accounts.front_desk);
  await openFollowUps(page);
  await page.getByRole('tab', { name: /^Upcoming/ }).click();
  await expect(page).toHaveURL(/bucket=upcoming/);
  const upcomingRow = page
    .getByRole('table', { name: /^Upcoming calls/ })
    .getByRole('row')
    .filter({ hasText: 'Nadia White' })
    .filter({ hasText: '72-hour post-treatment check' });
  // 72 hours after the visit ends is Monday noon; she asked to be called in the morning, so Tuesday 08:00.
  await expect(upcomingRow).toContainText('Tue 1 Dec 08:00');
  await expect(upcomingRow).toContainText('in 4 days');
  await expect(upcomingRow).toContainText('Visit 1 of 3');

  // On Tuesday the call is due today (the sign-in has expired meanwhile).
  await page.clock.setFixedTime(new Date(duringTheVisit.getTime() + 4 * DAY_MS));
  await page.reload();
  await signIn(page, accounts.front_desk);
  await openFollowUps(page);
  await page.getByRole('tab', { name: /^Today/ }).click();
  const todayRow = page
    .getByRole('table', { name: /^Today calls/ })
    .getByRole('row')
    .filter({ hasText: 'Nadia White' })
    .filter({ hasText: '72-hour post-treatment check' });
  await expect(todayRow).toContainText('today');

  // Worked from the keyboard: focus the row, Enter opens the call.
  await todayRow.focus();
  await page.keyboard.press('Enter');
  const call = page.getByRole('dialog', { name: 'Call Nadia White' });
  await expect(call.getByRole('link', { name: 'Visit 1 of 3' })).toBeVisible();
  await expect(call).toContainText('Treated: Left leg');
  await call
    .getByRole('radiogroup', { name: /walk 15 to 30 minutes/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await call
    .getByRole('radiogroup', { name: /Compression stockings/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await call
    .getByRole('radiogroup', { name: /No flying/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await call
    .getByRole('radiogroup', { name: /No heavy exercise/ })
    .getByRole('radio', { name: 'No' })
    .check();
  await call.getByRole('checkbox', { name: 'Redness' }).check();
  await call.getByRole('textbox', { name: /About the concern/ }).fill('Red patch on the left shin since Sunday');
  await expect(call.getByText('Saving the call as done gives Elena Park a review item')).toBeVisible();
  await call.getByRole('button', { name: 'Save outcome' }).click();
  await expect(call).toBeHidden();
  await expect(page.getByText('Saved as done.')).toBeVisible();

  // The concern is on the visit's series page for the clinician.
  await page.getByRole('tab', { name: /^Done recently/ }).click();
  await page
    .getByRole('table', { name: /^Done recently calls/ })
    .getByRole('row')
    .filter({ hasText: 'Nadia White' })
    .getByRole('link', { name: 'Visit 1 of 3' })
    .click();
  const concerns = page.getByRole('region', { name: 'Concerns from follow-up calls' });
  await expect(concerns).toContainText('Redness');
  await expect(concerns).toContainText('Red patch on the left shin since Sunday');

  // Elena Park signs in and finds it on her Today.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, accounts.clinician);
  const mine = page.getByRole('region', { name: 'Concerns for you to review' });
  await expect(mine).toContainText('Nadia White', { timeout: 45_000 });
  await expect(mine).toContainText('Red patch on the left shin since Sunday');
});

test('a no-show leads to a rebooking call that the front desk books from the queue', async ({ page }) => {
  // Friday 27 November, 10:00 in New York: Michael Kim's visit 2 (09:45, with Dana Reyes) has begun.
  await openSeenAs(page, new Date('2026-11-27T15:00:00Z'), accounts.front_desk);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Series', exact: true }).click();
  await page.getByRole('combobox', { name: 'Clinician' }).click();
  await page.getByRole('option', { name: 'Dana Reyes' }).click();
  await page.getByRole('row').filter({ hasText: 'Michael Kim' }).getByRole('link').first().click();
  await page
    .getByRole('listitem', { name: 'Visit 2' })
    .getByRole('button', { name: 'Mark no-show for visit 2' })
    .click();
  await page
    .getByRole('dialog', { name: 'Mark visit 2 as a no-show?' })
    .getByRole('button', { name: 'Mark as no-show' })
    .click();
  await expect(page.getByRole('listitem', { name: 'Visit 2' })).toContainText('No-show');

  await openFollowUps(page);
  await page.getByRole('tab', { name: /^Upcoming/ }).click();
  await page.getByRole('group', { name: 'Reason' }).getByText('Book next visit').click();
  await expect(page).toHaveURL(/reason=book_next_session/);
  const row = page.getByRole('row').filter({ hasText: 'Michael Kim' });
  await expect(row).toContainText('tomorrow');
  await row.getByRole('link', { name: 'Michael Kim' }).click();

  const call = page.getByRole('dialog', { name: 'Call Michael Kim' });
  const slot = call.getByRole('group', { name: 'Free slots' }).getByRole('button').first();
  await slot.click();
  await expect(call).toBeHidden();
  await expect(page.getByText(/Visit booked for .*; the call is done\./)).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: /^Upcoming calls/ })
      .getByRole('row')
      .filter({ hasText: 'Michael Kim' }),
  ).toHaveCount(0);

  await page.getByRole('tab', { name: /^Done recently/ }).click();
  const done = page
    .getByRole('table', { name: /^Done recently calls/ })
    .getByRole('row')
    .filter({ hasText: 'Michael Kim' });
  await expect(done).toContainText('Done');
  await done.getByRole('link', { name: 'Series' }).click();
  await expect(page.getByRole('listitem', { name: 'Visit 4' })).toContainText('Scheduled');
});
