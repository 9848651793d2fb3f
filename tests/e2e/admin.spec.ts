import { expect, type Page, test } from '@playwright/test';
import { accounts, demoPassword } from '../fixtures';
import { signIn } from './support';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('an admin changes opening hours and the response target, adds a clinician who can then be booked', async ({
  page,
}) => {
  test.slow();
  await signIn(page, accounts.admin);
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'Clinic settings' });
  await expect(form).toBeVisible({ timeout: 45_000 });
  await form.getByRole('checkbox', { name: 'Open on Saturday' }).uncheck();
  await form.getByLabel('Friday to').fill('17:00');
  await form.getByRole('textbox', { name: /Response-time target/ }).fill('2');
  await expect(form.getByRole('status')).toHaveText('You have unsaved changes.');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(form.getByRole('status')).toHaveText('All changes are saved.');

  // The values are the server's now: a reload shows them.
  await page.reload();
  await expect(form.getByRole('textbox', { name: /Response-time target/ })).toHaveValue('2', { timeout: 45_000 });
  await expect(form.getByRole('checkbox', { name: 'Open on Saturday' })).not.toBeChecked();
  await expect(form.getByLabel('Friday to')).toHaveValue('17:00');

  await nav(page).getByRole('link', { name: 'Staff' }).click();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
  await dialog.getByRole('textbox', { name: 'Full name' }).fill('Nina Novak');
  await dialog.getByRole('textbox', { name: 'Work email' }).fill('nina.novak@veindesk.test');
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Clinician' }).click();
  // Her hours start from the clinic's (now Mon–Fri, closing 17:00 on Fridays): she starts at noon on Mondays.
  await dialog.getByRole('switch', { name: 'Works whenever the clinic is open' }).click();
  await dialog.getByLabel('Monday from').fill('12:00');
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByText('Account added')).toBeVisible();
  const row = page.getByRole('row', { name: /Nina Novak/ });
  await expect(row).toContainText('Mon 12:00–18:00, Tue–Thu 08:00–18:00, Fri 08:00–17:00');

  await nav(page)
    .getByRole('link', { name: /^Requests/ })
    .click();
  const firstRow = page.getByRole('table', { name: 'Contact requests' }).getByRole('row').nth(1);
  await expect(firstRow).toBeVisible({ timeout: 45_000 });
  const name = (await firstRow.getByRole('link').first().textContent()) ?? '';
  await firstRow.getByRole('link', { name }).click();
  await page.getByRole('dialog', { name }).getByRole('link', { name: 'Book treatment series' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Book a treatment series' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Clinician' }).click();
  await page.getByRole('option', { name: 'Nina Novak' }).click();
  // Her diary is empty: the proposed visits are all free.
  const sessions = page.getByRole('list', { name: 'Visits' }).getByRole('listitem');
  await expect(sessions.getByText('Free', { exact: true })).toHaveCount(3);
  await page.getByRole('button', { name: 'Confirm booking of 3 visits' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Series booked' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Booked visits' }).getByRole('listitem')).toHaveCount(3);
});

test('a deactivated account cannot sign in', async ({ page }) => {
  test.slow();
  await signIn(page, accounts.admin);
  await nav(page).getByRole('link', { name: 'Staff' }).click();
  await page.getByRole('button', { name: 'Deactivate Marcus Bell' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deactivate Marcus Bell?' });
  await expect(dialog.getByRole('list', { name: 'Booked visits to rebook' }).getByRole('link').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByRole('row', { name: /Marcus Bell/ })).toContainText('Deactivated');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('textbox', { name: 'Work email' }).fill('marcus.bell@veindesk.test');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
});
