import { expect, test } from '@playwright/test';
import { accounts } from '../fixtures';
import { signIn } from './support';

const sections = ['Today', 'Requests', 'Schedule', 'Series', 'Follow-ups', 'Patients'];

test('front desk signs in, visits every section and signs out', async ({ page }) => {
  await signIn(page, accounts.front_desk);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveCount(0);

  for (const section of sections) {
    // The Requests link also announces its count of new requests.
    await nav.getByRole('link', { name: new RegExp(`^${section}`) }).click();
    await expect(page.getByRole('heading', { level: 2, name: section }).first()).toBeVisible();
  }

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('admin sees and opens Settings', async ({ page }) => {
  await signIn(page, accounts.admin);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
  await expect(page.getByText('Admin', { exact: true })).toBeVisible();
});

test('warns before the idle sign-out, can stay, then signs out', async ({ page }) => {
  await page.clock.install();
  await signIn(page, accounts.front_desk);

  await page.clock.runFor('14:05');
  const warning = page.getByRole('dialog', { name: 'Are you still there?' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/signed out in \d+ seconds/);
  await warning.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(warning).toBeHidden();

  await page.clock.runFor('15:01');
  // Signing in again returns to where the person was.
  await expect(page).toHaveURL(/\/login\?from=%2F&reason=idle/);
  await expect(page.getByText('You were signed out after 15 minutes without activity.')).toBeVisible();
});

test('on a phone, the navigation opens from the burger and closes on the way to a section', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, accounts.front_desk);
  const nav = page.getByRole('navigation', { name: 'Main' });
  const burger = page.getByRole('button', { name: 'Toggle navigation' });
  await expect(nav).toBeHidden();
  await expect(burger).toHaveAttribute('aria-expanded', 'false');

  await burger.click();
  await expect(burger).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Today', exact: true })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Schedule' })).toBeVisible();
  await expect(nav).toBeHidden();
  await expect(burger).toHaveAttribute('aria-expanded', 'false');
});
