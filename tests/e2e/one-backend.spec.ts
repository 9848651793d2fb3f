import { expect, type Page, test } from '@playwright/test';
import { accounts } from '../fixtures';
import { signIn } from './support';

/*
 * The mock backend behaves like one real server for the whole browser: it answers a write
 * only once the write is committed to IndexedDB, and every tab talks to the same data.
 */
test.describe.configure({ timeout: 180_000 });

async function fillWebsiteRequest(page: Page, name: string): Promise<void> {
  await page.goto('/request-appointment');
  await page.getByRole('textbox', { name: 'Full name' }).fill(name);
  await page.getByRole('textbox', { name: 'Phone' }).fill('(917) 555-0188');
  await page.getByRole('textbox', { name: 'Email' }).fill('dana.durable@example.com');
  await page.getByRole('radio', { name: 'Phone call' }).check();
  await page.getByRole('checkbox', { name: 'Morning' }).check();
  await page.getByRole('radio', { name: 'Spider veins' }).check();
  await page.getByRole('checkbox', { name: 'Legs' }).check();
  await page.getByRole('checkbox', { name: /agree to be contacted/ }).check();
}

async function submitWebsiteRequest(page: Page, name: string): Promise<void> {
  await fillWebsiteRequest(page, name);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('status')).toContainText('Thank you, your request has been sent');
}

/** What the mock backend has committed to IndexedDB, read straight from the store. */
function storedText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const opening = indexedDB.open('vein-desk-mock-api');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const read = opening.result.transaction('state').objectStore('state').getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            opening.result.close();
            resolve(read.result.join('\n'));
          };
        };
      }),
  );
}

async function openRequest(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Requests/ })
    .click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(name);
  await page.getByRole('table', { name: 'Contact requests' }).getByRole('link', { name }).click();
  const drawer = page.getByRole('dialog', { name });
  await expect(drawer).toBeVisible();
  return drawer;
}

test('an accepted write is committed before its answer arrives, and survives a reload', async ({ page }) => {
  const name = `Dana Durable ${Date.now() % 100_000}`;
  await fillWebsiteRequest(page, name);
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/public/contact-requests') && response.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Send request' }).click();
  expect((await answered).status()).toBe(200);
  // The moment the answer arrives, the request is already on disk.
  expect(await storedText(page)).toContain(name);

  await page.reload();
  await page.goto('/login');
  await signIn(page, accounts.front_desk);
  await expect(await openRequest(page, name)).toBeVisible();
});

test('two tabs share one backend: a change in one shows in the other, and a stale save is refused', async ({
  context,
  page,
}) => {
  const name = `Tara Twotabs ${Date.now() % 100_000}`;
  await signIn(page, accounts.front_desk);
  const other = await context.newPage();
  // Sign-in is per tab (sessionStorage); the second tab signs in while the first works.
  await signIn(other, accounts.front_desk);

  await submitWebsiteRequest(await context.newPage(), name);
  const drawer = await openRequest(page, name);
  const otherDrawer = await openRequest(other, name);

  await otherDrawer.getByRole('radio', { name: 'No answer' }).check();
  await otherDrawer.getByRole('button', { name: 'Log attempt' }).click();
  await expect(otherDrawer.getByRole('list', { name: 'Contact attempt log' }).getByRole('listitem')).toHaveCount(1);

  // The first tab still shows the version it loaded: its save is refused, the newer one shown.
  await drawer.getByRole('radio', { name: 'Voicemail' }).check();
  await drawer.getByRole('button', { name: 'Log attempt' }).click();
  await expect(page.getByText('This request changed')).toBeVisible();
  await expect(drawer.getByRole('list', { name: 'Contact attempt log' })).toContainText('No answer');
});
