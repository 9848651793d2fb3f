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
  // Scheduling a callback (the inbox opens on open requests): the date and time fields in the drawer.
  await drawer.getByRole('button', { name: 'Call back at…' }).click();
  await expect(drawer.getByRole('button', { name: 'Schedule callback' })).toBeVisible();
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
  await expect(page.getByRole('list', { name: 'Visits' }).getByRole('listitem')).toHaveCount(3, {
    timeout: 45_000,
  });
  expect(await violations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, accounts.admin);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
});

test('axe finds nothing on the patients list, a patient page and the merge dialog', async ({ page }) => {
  test.slow();
  await signIn(page, accounts.front_desk);

  await page.goto('/patients');
  const patients = page.getByRole('table', { name: /Patients, page 1/ });
  await expect(patients.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);

  await patients.getByRole('link').first().click();
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toBeVisible({
    timeout: 45_000,
  });
  await page.getByRole('button', { name: 'Edit contact details' }).click();
  await expect(page.getByRole('form', { name: 'Edit contact details' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // A patient with an open request flagged as possibly them: find that request in the inbox by their details.
  await page.goto('/patients');
  const flagged = patients.getByRole('row').filter({ hasText: 'Possible duplicate' }).first();
  await expect(flagged).toBeVisible({ timeout: 45_000 });
  await flagged.getByRole('link').first().click();
  const contact = page.getByRole('region', { name: 'Contact details' });
  await expect(contact).toBeVisible({ timeout: 45_000 });
  const phone = ((await contact.locator('dd').nth(0).textContent()) ?? '').replace(/\D/g, '').slice(-10);
  const email = ((await contact.locator('dd').nth(1).textContent()) ?? '').trim();

  await page.goto('/requests');
  const requests = page.getByRole('table', { name: 'Contact requests' });
  await expect(requests.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  const duplicate = requests
    .getByRole('row')
    .filter({ hasText: /as patient/ })
    .first();
  for (const detail of [phone, email]) {
    await page.getByRole('searchbox', { name: 'Search' }).fill(detail);
    const found = await duplicate.waitFor({ state: 'visible', timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (found) break;
  }
  await duplicate.getByRole('link').first().click();
  await page.getByRole('button', { name: 'Same person: merge…' }).click();
  await expect(page.getByRole('table', { name: 'Contact details to keep' })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
});

test('axe finds nothing on the schedule: week, clinic day, the visit panel and the block dialog', async ({ page }) => {
  test.slow();
  // Seeded on Wednesday 25 November (New York), then Friday 11:30, during Nadia White's first visit.
  await page.clock.setFixedTime(new Date('2026-11-25T15:00:00Z'));
  await page.goto('/login');
  await expect(page.getByLabel('Work email')).toBeVisible({ timeout: 45_000 });
  await page.clock.setFixedTime(new Date('2026-11-27T16:30:00Z'));
  await signIn(page, accounts.clinician);

  await page.goto('/schedule?view=week');
  const visit = page.getByRole('button', { name: /^11:15, Nadia White, visit 1 of 3/ });
  await expect(visit).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);

  await visit.click();
  await expect(page.getByRole('dialog', { name: 'Nadia White: visit 1 of 3' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Complete visit 1' })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Block time…' }).click();
  await expect(page.getByRole('dialog', { name: 'Block time' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto('/schedule?view=clinic');
  await expect(page.getByRole('list', { name: 'Visits, Elena Park' }).getByRole('button').first()).toBeVisible({
    timeout: 45_000,
  });
  expect(await violations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Free times, Elena Park' }).click();
  await page.getByRole('group', { name: 'Free start times' }).getByRole('button').first().click();
  await expect(page.getByRole('combobox', { name: 'From an open request' })).toBeVisible();
  // Off the time just chosen: axe would measure its hover shade (teal 8 under white text, 3.9:1).
  await page.mouse.move(0, 0);
  expect(await violations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await page.goto('/schedule?view=day');
  await expect(page.getByRole('table')).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
});

test('axe finds nothing on Today for each role, nor in its complete dialog', async ({ page }) => {
  test.slow();
  // The typical clinic seeded on Wednesday 25 November, then Friday 11:30 in New York, during a visit.
  await page.clock.setFixedTime(new Date('2026-11-25T15:00:00Z'));
  await page.goto('/login');
  await expect(page.getByLabel('Work email')).toBeVisible({ timeout: 45_000 });
  await page.clock.setFixedTime(new Date('2026-11-27T16:30:00Z'));

  for (const email of [accounts.front_desk, accounts.admin, accounts.clinician]) {
    await signIn(page, email);
    await expect(page.getByRole('heading', { level: 2, name: 'Today' })).toBeVisible({ timeout: 45_000 });
    // Wait for the data, not the loaders.
    await expect(
      page
        .getByRole('table')
        .or(page.getByText(/^\d+ still to come$/))
        .first(),
    ).toBeVisible({
      timeout: 45_000,
    });
    await expect(page.getByLabel(/^Loading/)).toHaveCount(0);
    expect(await violations(page)).toEqual([]);
    if (email === accounts.clinician) break;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
  }

  await page
    .getByRole('button', { name: /^Complete visit 1, / })
    .first()
    .click();
  await expect(page.getByRole('dialog', { name: 'Complete visit 1' })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
});

test('axe finds nothing on the follow-up queue and a call', async ({ page }) => {
  test.slow();
  await page.goto('/login');
  await expect(page.getByLabel('Work email')).toBeVisible({ timeout: 45_000 });
  await signIn(page, accounts.front_desk);

  await page.goto('/follow-ups?bucket=overdue');
  const calls = page.getByRole('table', { name: /^Overdue calls/ });
  await expect(calls.getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);

  await calls.getByRole('row').nth(1).focus();
  await page.keyboard.press('Enter');
  const call = page.getByRole('dialog');
  await expect(call.getByRole('heading', { name: 'Earlier attempts' })).toBeVisible({ timeout: 45_000 });
  expect(await violations(page)).toEqual([]);
  await call.getByRole('radio', { name: 'Postpone' }).check();
  await call.getByRole('radio', { name: 'Another date and time' }).check();
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
