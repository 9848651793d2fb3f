import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { accounts } from '../fixtures';
import { signIn } from './support';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Every axe violation on the page, one line each, so a failure names the rule and the element. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  return found.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`),
  );
}

/** Contrast of an element's text on its own background, as the browser computes both (hover included). */
function contrastOf(target: Locator): Promise<number> {
  return target.evaluate((element) => {
    const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const style = getComputedStyle(element);
    // `color(srgb 0.5 0.2 0.1)` from color-mix(), `rgb(128, 51, 25)` otherwise.
    const scale = (color: string) => (color.startsWith('color(') ? 1 : 255);
    const luminance = (color: string) => {
      const [red = 0, green = 0, blue = 0] = channels(color).map((value) => {
        const channel = value / scale(color);
        return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
    };
    const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  });
}

test.describe.configure({ timeout: 240_000 });

test('axe finds nothing on the public form, with its errors shown', async ({ page }) => {
  await page.goto('/request-appointment');
  await page.getByRole('button', { name: /send/i }).click({ timeout: 45_000 });
  await expect(page.getByText('Enter the full name (at least 2 characters)', { exact: true })).toBeVisible();
  // Focus goes to the first field to fix.
  await expect(page.getByRole('textbox', { name: 'Full name' })).toBeFocused();
  expect(await violations(page)).toEqual([]);

  await page.goto('/login');
  await expect(page.getByLabel('Work email')).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
});

test('axe finds nothing on the front desk pages and dialogs, the dev panel included', async ({ page }) => {
  await signIn(page, accounts.front_desk);
  // The skip link is the first stop of the Tab key, and takes focus to the page's content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  await page.goto('/requests');
  const requests = page.getByRole('table', { name: 'Contact requests' });
  await expect(requests.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);

  await requests.getByRole('link').first().click();
  const drawer = page.getByRole('dialog');
  await expect(page.getByRole('heading', { name: 'Contact attempts' })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
  // A link in the selected row, on the row's tint, and a button while hovered.
  const selectedLink = requests.locator('tr[data-selected] a').first();
  if ((await selectedLink.count()) > 0) expect(await contrastOf(selectedLink)).toBeGreaterThanOrEqual(4.5);
  const logAttempt = drawer.getByRole('button', { name: 'Log attempt' });
  await logAttempt.hover();
  expect(await contrastOf(logAttempt)).toBeGreaterThanOrEqual(4.5);
  // The form's own errors, and where focus goes.
  await logAttempt.click();
  await expect(drawer.getByText('Choose what happened', { exact: true })).toBeVisible();
  await expect(
    drawer
      .getByRole('radiogroup', { name: /Outcome/ })
      .getByRole('radio')
      .first(),
  ).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  for (const path of ['/', '/schedule', '/follow-ups', '/patients', '/series']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible({ timeout: 45_000 });
    await expect(page.getByText(/Loading/)).toHaveCount(0, { timeout: 45_000 });
    expect(await violations(page), path).toEqual([]);
  }

  const series = page.getByRole('table');
  await series.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: /^Series: / })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Mock backend' }).click();
  await expect(page.getByRole('dialog', { name: 'Mock backend' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe finds nothing on the booking page and the admin settings', async ({ page }) => {
  await signIn(page, accounts.front_desk);
  await page.goto('/requests?status=new');
  const requests = page.getByRole('table', { name: 'Contact requests' });
  await requests.getByRole('link').first().click({ timeout: 45_000 });
  await page.getByRole('link', { name: 'Book treatment series' }).click();
  await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(3, {
    timeout: 45_000,
  });
  expect(await violations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, accounts.admin);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
});

/** How far the page scrolls sideways in the test's 1280 px window (every list must fit). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));

test('axe finds nothing on the settings page and its unsaved-changes question', async ({ page }) => {
  test.slow();
  await signIn(page, accounts.admin);

  await page.goto('/settings');
  const settings = page.getByRole('form', { name: 'Clinic settings' });
  await expect(settings).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toBe(0);
  // The unsaved-changes question.
  await settings.getByRole('textbox', { name: /Default spacing/ }).fill('21');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).click();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('table', { name: 'Staff accounts' })).toBeVisible({ timeout: 45_000 });
});

test('axe finds nothing on the staff page and its dialogs', async ({ page }) => {
  test.slow();
  await signIn(page, accounts.admin);
  await page.goto('/staff');
  const staff = page.getByRole('table', { name: 'Staff accounts' });
  await expect(staff.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toBe(0);

  await page.getByRole('button', { name: 'Edit Elena Park' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit Elena Park' }).getByLabel('Monday from')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Deactivate Elena Park' }).click();
  await expect(page.getByRole('list', { name: 'Booked visits to rebook' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
});

test('axe finds nothing on the audit trail', async ({ page }) => {
  test.slow();
  await signIn(page, accounts.admin);
  await page.goto('/audit?kind=treatment_series');
  const audit = page.getByRole('table', { name: /Audit entries/ });
  await expect(audit.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toBe(0);
});
