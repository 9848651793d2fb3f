import { expect, type Page, test } from '@playwright/test';
import { accounts, demoPassword } from '../fixtures';
import { signIn } from './support';

// The mock backend seeds the typical clinic around the browser's "now" (Wednesday 25 November
// 2026, 10:00 in New York); the browser itself is in Tokyo.
const seededAt = new Date('2026-11-25T15:00:00Z');

async function openAt(page: Page, email: string) {
  test.slow();
  await page.clock.setFixedTime(seededAt);
  await page.goto('/login');
  await expect(page.getByLabel('Work email')).toBeVisible({ timeout: 45_000 });
  await signIn(page, email);
}

async function firstOpenRequestName(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Requests' }).click();
  const firstRow = page.getByRole('table', { name: 'Contact requests' }).getByRole('row').nth(1);
  await expect(firstRow).toBeVisible({ timeout: 45_000 });
  return (await firstRow.getByRole('link').first().textContent()) ?? '';
}

/** Free times of one clinician's day, then a request booked from there. */
async function bookFromSlot(page: Page, url: string, column: string, time: string, requestName: string) {
  await page.goto(url);
  await page.getByRole('button', { name: column }).click({ timeout: 45_000 });
  const dialog = page.getByRole('dialog', { name: /^Free times/ });
  await dialog.getByRole('group', { name: 'Free start times' }).getByRole('button', { name: time }).click();
  await dialog.getByRole('combobox', { name: 'From an open request' }).click();
  await page.getByRole('option', { name: requestName, exact: true }).click();
  await dialog.getByRole('button', { name: 'Book series from request' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Book a treatment series' })).toBeVisible({
    timeout: 45_000,
  });
}

const visitCard = (page: Page, column: string, text: RegExp) =>
  page.getByRole('list', { name: `Visits, ${column}` }).getByRole('button', { name: text });

test('the front desk books a series from a request on the clinic day; visits 2 and 3 show on the following weeks', async ({
  page,
}) => {
  await openAt(page, accounts.front_desk);
  const name = await firstOpenRequestName(page);
  await bookFromSlot(page, '/schedule?view=clinic&date=2026-12-07', 'Free times, Elena Park', '14:00', name);

  const sessions = page.getByRole('list', { name: 'Visits' }).getByRole('listitem');
  await expect(sessions).toHaveCount(3, { timeout: 45_000 });
  await expect(sessions.nth(0)).toContainText('Mon 7 Dec 2026, 14:00');
  await expect(sessions.getByText('Free', { exact: true })).toHaveCount(3);
  await page.getByRole('button', { name: 'Confirm booking of 3 visits' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Series booked' })).toBeVisible();

  // Clinic time, whatever the browser's zone: 14:00 in New York, in Elena Park's column.
  await page.goto('/schedule?view=clinic&date=2026-12-07');
  await expect(visitCard(page, 'Elena Park', new RegExp(`^14:00, ${name}, visit 1 of 3`))).toBeVisible({
    timeout: 45_000,
  });
  await expect(visitCard(page, 'Dana Reyes', new RegExp(name))).toHaveCount(0);

  const elenaWeek = async (date: string) => {
    await page.goto(`/schedule?view=week&date=${date}`);
    await page.getByRole('combobox', { name: 'Clinician' }).click();
    await page.getByRole('option', { name: 'Elena Park' }).click();
  };
  await elenaWeek('2026-12-21');
  await expect(visitCard(page, 'Mon 21 Dec', new RegExp(`^14:00, ${name}, visit 2 of 3`))).toBeVisible({
    timeout: 45_000,
  });
  await page.getByRole('button', { name: 'Next week' }).click();
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(page).toHaveURL(/date=2027-01-04/);
  await expect(visitCard(page, 'Mon 4 Jan', new RegExp(`^14:00, ${name}, visit 3 of 3`))).toBeVisible();
});

test('a clinician blocks Friday morning, and a booking into an afternoon blocked meanwhile is refused, the block named, with the next free times', async ({
  page,
}) => {
  await openAt(page, accounts.clinician);
  const name = await firstOpenRequestName(page);

  await page.goto('/schedule?view=week&date=2026-12-04');
  await page.getByRole('button', { name: 'Block time…' }).click({ timeout: 45_000 });
  const dialog = page.getByRole('dialog', { name: 'Block time' });
  await dialog.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Training' }).click();
  await dialog.getByLabel('From time (clinic time)').fill('09:00');
  await dialog.getByLabel('Until time (clinic time)').fill('13:00');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Foam sclerotherapy course');
  await dialog.getByRole('button', { name: 'Block this time' }).click();
  // The two visits already booked that morning are listed for rebooking, and stay where they are.
  const inside = dialog.getByRole('alert').filter({ hasText: 'inside this time' });
  await expect(inside).toContainText('Nothing was moved.');
  await expect(inside.getByRole('listitem')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: /Blocked: Training \(Foam sclerotherapy course\)/ })).toBeVisible();

  // Friday's free times now begin where the block ends.
  await page.getByRole('button', { name: 'Free times, Fri 4 Dec, Elena Park' }).click();
  const free = page.getByRole('dialog', { name: /^Free times/ }).getByRole('group', { name: 'Free start times' });
  await expect(free.getByRole('button').first()).toBeVisible();
  const starts = await free.getByRole('button').allTextContents();
  expect(starts.filter((start) => start < '13:00')).toEqual([]);
  await page.keyboard.press('Escape');

  // The front desk opened a booking for the next Friday afternoon before it was blocked too.
  await bookFromSlot(page, '/schedule?view=week&date=2026-12-11', 'Free times, Fri 11 Dec, Elena Park', '14:00', name);
  await expect(page.getByRole('list', { name: 'Visits' }).getByRole('listitem').nth(0)).toContainText(
    'Fri 11 Dec 2026, 14:00',
    { timeout: 45_000 },
  );
  await blockMeanwhile(page, '2026-12-11T18:00:00.000Z', '2026-12-11T23:00:00.000Z');
  await page.getByRole('button', { name: 'Confirm booking of 3 visits' }).click();

  const refusal = page.getByRole('alert').filter({ hasText: 'Nothing was booked' });
  await expect(refusal).toContainText(
    'Visit 1: Elena Park is blocked for Training (Second course day) on Fri 11 Dec, 13:00–18:00.',
  );
  const offers = refusal.getByRole('group', { name: 'Next free times for visit 1' }).getByRole('button');
  // Elena does not work at weekends: the next free times are from Monday.
  await expect(offers.first()).toHaveText(/^Use Mon 14 Dec 2026, \d\d:\d\d$/);
  const offered = ((await offers.first().textContent()) ?? '').replace('Use ', '');
  await offers.first().click();
  await expect(page.getByRole('list', { name: 'Visits' }).getByRole('listitem').nth(0)).toContainText(offered);
});

test('visit 1 can be booked four months ahead', async ({ page }) => {
  await openAt(page, accounts.front_desk);
  const name = await firstOpenRequestName(page);
  const row = page.getByRole('table', { name: 'Contact requests' }).getByRole('row').nth(1);
  await row.getByRole('link', { name }).click();
  await page.getByRole('dialog', { name }).getByRole('link', { name: 'Book treatment series' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Book a treatment series' })).toBeVisible();

  await page.getByRole('button', { name: /^Visit 1 date/ }).click();
  for (let month = 0; month < 4; month += 1) await page.getByRole('button', { name: 'Next month' }).click();
  await page.getByRole('button', { name: 'Mon 29 Mar 2027' }).click();
  const times = page.getByRole('group', { name: 'Free start times on Mon 29 Mar 2027 (clinic time)' });
  await times.getByRole('button', { name: '11:00' }).click();
  const sessions = page.getByRole('list', { name: 'Visits' }).getByRole('listitem');
  await expect(sessions.nth(0)).toContainText('Mon 29 Mar 2027, 11:00');
  await page.getByRole('button', { name: 'Confirm booking of 3 visits' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Series booked' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Booked visits' })).toContainText('Mon 29 Mar 2027, 11:00');
});

/** Someone else, on another computer, blocks the clinician's time while the booking form is open. */
async function blockMeanwhile(page: Page, start: string, end: string) {
  const status = await page.evaluate(
    async ({ email, password, start, end }) => {
      const login = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      const { token, staff } = await login.json();
      const created = await fetch('/api/blocks', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          idempotencyKey: 'e2e-meanwhile-block',
          clinicianId: staff.id,
          start,
          end,
          kind: 'training',
          reason: 'Second course day',
        }),
      });
      return created.status;
    },
    { email: accounts.clinician, password: demoPassword, start, end },
  );
  expect(status).toBe(201);
}
