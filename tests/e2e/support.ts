import { expect, type Page } from '@playwright/test';
import { demoPassword } from '../fixtures';

/** Each test runs in a fresh browser context, so the mock data starts from the typical seed. */
export async function signIn(page: Page, email: string): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.getByRole('textbox', { name: 'Work email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Signed in: the header's sign-out is there at every width (a phone's navigation is closed).
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
