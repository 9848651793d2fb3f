import { expect, type Locator, type Page, test } from '@playwright/test';
import { accounts, demoPassword } from '../fixtures';

async function submitWebsiteRequest(page: Page, name: string): Promise<void> {
  await page.goto('/request-appointment');
  await page.getByRole('textbox', { name: 'Full name' }).fill(name);
  await page.getByRole('textbox', { name: 'Phone' }).fill('(917) 555-0123');
  await page.getByRole('textbox', { name: 'Email' }).fill(`${name.toLowerCase().replace(/\W+/g, '.')}@example.com`);
  await page.getByRole('radio', { name: 'Phone call' }).check();
  await page.getByRole('checkbox', { name: 'Afternoon' }).check();
  await page.getByRole('radio', { name: 'Reticular veins' }).check();
  await page.getByRole('checkbox', { name: 'Legs' }).check();
  await page.getByRole('textbox', { name: 'Message' }).fill('Bluish veins on both calves, about 2 mm.');
  await page.getByRole('checkbox', { name: /agree to be contacted/ }).check();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('status')).toContainText('Thank you, your request has been sent');
}

async function signInAsFrontDesk(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Work email').fill(accounts.front_desk);
  await page.getByRole('textbox', { name: 'Password' }).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

// Whole flows on a cold dev server: more than the default minute.
test.describe.configure({ timeout: 240_000 });

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with the Tab key`);
}

/** Tabs into a radio group, then moves with the arrow keys until `option` is checked. */
async function chooseRadio(page: Page, group: Locator, option: string): Promise<void> {
  const count = await group.getByRole('radio').count();
  const checked = group.getByRole('radio', { checked: true });
  // Tab enters a radio group on its checked option, or on the first when none is checked.
  await tabTo(page, (await checked.count()) > 0 ? checked : group.getByRole('radio').first());
  const target = group.getByRole('radio', { name: option });
  for (let press = 0; press < count && !(await target.isChecked()); press += 1) await page.keyboard.press('ArrowRight');
  await expect(target).toBeChecked();
}

test('a website request is received, found and triaged by the front desk', async ({ page, context }) => {
  const name = `Greta Triage ${Date.now() % 100_000}`;
  // The patient uses the clinic website in one tab; the front desk works in another.
  await submitWebsiteRequest(await context.newPage(), name);

  await signInAsFrontDesk(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Requests/ })
    .click();
  const inbox = page.getByRole('table', { name: 'Contact requests' });
  await expect(inbox.getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill(name);
  await expect(search).toHaveValue(name);
  await inbox.getByRole('link', { name }).click();

  const drawer = page.getByRole('dialog', { name });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText('Bluish veins on both calves, about 2 mm.')).toBeVisible();
  await expect(drawer.getByText('New', { exact: true })).toBeVisible();
  const log = drawer.getByRole('list', { name: 'Contact attempt log' });

  await drawer.getByRole('radio', { name: 'Voicemail' }).check();
  await drawer.getByRole('textbox', { name: 'Note' }).fill('Left a voicemail with our number');
  await drawer.getByRole('button', { name: 'Log attempt' }).click();
  await expect(log.getByRole('listitem')).toHaveCount(1);
  await expect(log).toContainText('Voicemail');
  await expect(drawer.getByText('Contacting', { exact: true })).toBeVisible();
  await expect(drawer.getByText(/Suggested next attempt/)).toBeVisible();

  await drawer.getByRole('radio', { name: 'Reached' }).check();
  await drawer.getByRole('textbox', { name: 'Note' }).fill('Veins are larger than 3 mm');
  await drawer.getByRole('button', { name: 'Log attempt' }).click();
  await expect(log.getByRole('listitem')).toHaveCount(2);
  await expect(log.getByRole('listitem').first()).toContainText('Reached');

  await drawer.getByRole('button', { name: 'Not a candidate…' }).click();
  await drawer.getByRole('button', { name: 'Larger varicose veins: refer on' }).click();
  await drawer.getByRole('button', { name: 'Mark not a candidate' }).click();
  await expect(drawer.getByText('Not a candidate', { exact: true })).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Reopen' })).toBeVisible();

  // Back in the inbox, the server's list of open requests no longer has it.
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(inbox.getByRole('link', { name })).toHaveCount(0);
});

test('a request is triaged with the keyboard alone', async ({ page }) => {
  await signInAsFrontDesk(page);
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Requests/ }));
  await page.keyboard.press('Enter');

  const inbox = page.getByRole('table', { name: 'Contact requests' });
  const firstRow = inbox.getByRole('row').nth(1);
  await expect(firstRow).toBeVisible({ timeout: 30_000 });
  const name = (await firstRow.getByRole('link').first().textContent()) ?? '';
  await tabTo(page, firstRow);
  await page.keyboard.press('Enter');

  const drawer = page.getByRole('dialog', { name });
  await expect(drawer).toBeVisible();
  const attempts = await drawer.getByRole('list', { name: 'Contact attempt log' }).getByRole('listitem').count();

  await chooseRadio(page, drawer.getByRole('radiogroup', { name: 'Outcome' }), 'Voicemail');
  await tabTo(page, drawer.getByRole('button', { name: 'Log attempt' }));
  await page.keyboard.press('Enter');
  await expect(drawer.getByRole('list', { name: 'Contact attempt log' }).getByRole('listitem')).toHaveCount(
    attempts + 1,
  );

  await tabTo(page, drawer.getByRole('button', { name: 'Not a candidate…' }));
  await page.keyboard.press('Enter');
  await expect(drawer.getByRole('textbox', { name: 'Reason' })).toBeFocused();
  await tabTo(page, drawer.getByRole('button', { name: 'Larger varicose veins: refer on' }));
  await page.keyboard.press('Enter');
  await expect(drawer.getByRole('textbox', { name: 'Reason' })).toHaveValue('Larger varicose veins: refer on');
  await tabTo(page, drawer.getByRole('button', { name: 'Mark not a candidate' }));
  await page.keyboard.press('Enter');
  await expect(drawer.getByText('Not a candidate', { exact: true })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  // Focus goes back into the inbox, ready for the next request.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('table')?.getAttribute('aria-label')))
    .toBe('Contact requests');
});
