import { expect, test } from '@playwright/test';
import { accounts, demoPassword } from '../fixtures';
import { signIn } from './support';

test.describe.configure({ timeout: 180_000 });

test('a session revoked mid-form signs in again over the drawer, and the form is kept', async ({ page }) => {
  await signIn(page, accounts.front_desk);
  await page.goto('/requests?status=new');
  const requests = page.getByRole('table', { name: 'Contact requests' });
  await requests.getByRole('link').first().click({ timeout: 45_000 });
  const drawer = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: 'Contact attempts' }) });
  await drawer.getByRole('radio', { name: 'Voicemail' }).check();
  await drawer.getByRole('textbox', { name: 'Note' }).fill('Left our number, will try after lunch');

  // The server ends this session (as an admin revoking it, or its expiry, would).
  await page.evaluate(async () => {
    const token = sessionStorage.getItem('vein-desk.token');
    await fetch('/api/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  });
  await drawer.getByRole('button', { name: 'Log attempt' }).click();

  const again = page.getByRole('dialog', { name: 'Your session has ended' });
  await expect(again).toBeVisible();
  await again.getByRole('textbox', { name: 'Password', exact: true }).fill(demoPassword);
  await again.getByRole('button', { name: 'Sign in' }).click();
  await expect(again).toBeHidden();

  await expect(drawer.getByRole('textbox', { name: 'Note' })).toHaveValue('Left our number, will try after lunch');
  await expect(drawer.getByRole('radio', { name: 'Voicemail' })).toBeChecked();
  await drawer.getByRole('button', { name: 'Log attempt' }).click();
  await expect(drawer.getByRole('list', { name: 'Contact attempt log' })).toContainText(
    'Left our number, will try after lunch',
  );
});
