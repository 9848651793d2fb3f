import { expect, type Page, test } from '@playwright/test';
import { accounts } from '../fixtures';
import { signIn } from './support';

// Every list, with the heading that says it has loaded and a row of data.
const lists = [
  { path: '/requests', heading: 'Requests', as: accounts.front_desk },
  { path: '/follow-ups', heading: 'Follow-ups', as: accounts.front_desk },
  { path: '/series', heading: 'Series', as: accounts.front_desk },
  { path: '/patients', heading: 'Patients', as: accounts.front_desk },
  { path: '/audit', heading: 'Audit trail', as: accounts.admin },
  { path: '/staff', heading: 'Staff', as: accounts.admin },
];

/** Elements wider than their box that scroll sideways, and whether the page itself does. */
function sidewaysScroll() {
  const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  const scrollers = [...document.querySelectorAll<HTMLElement>('main *')]
    .filter((element) => /(auto|scroll)/.test(getComputedStyle(element).overflowX))
    .filter((element) => element.scrollWidth - element.clientWidth > 1)
    .map(
      (element) =>
        `${element.tagName.toLowerCase()}.${element.className} +${element.scrollWidth - element.clientWidth}px`,
    );
  return { page, scrollers };
}

async function openList(page: Page, list: (typeof lists)[number]) {
  await page.goto(list.path);
  await expect(page.getByRole('heading', { level: 2, name: list.heading })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('table').first().getByRole('row').nth(1)).toBeVisible({ timeout: 45_000 });
}

for (const width of [1280, 1366]) {
  test(`every list fits ${width} px with no sideways scroll`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 800 });
    let signedInAs = '';
    const found: Record<string, ReturnType<typeof sidewaysScroll>> = {};
    for (const list of lists) {
      if (signedInAs !== list.as) {
        if (signedInAs) await page.getByRole('button', { name: 'Sign out' }).click();
        await signIn(page, list.as);
        signedInAs = list.as;
      }
      await openList(page, list);
      found[list.path] = await page.evaluate(sidewaysScroll);
    }
    const fits = Object.fromEntries(lists.map((list) => [list.path, { page: 0, scrollers: [] }]));
    expect(found).toEqual(fits);
  });
}

test('every list reflows at 320 px (400% zoom): the page never scrolls sideways', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 320, height: 640 });
  let signedInAs = '';
  const found: Record<string, number> = {};
  for (const list of lists) {
    if (signedInAs !== list.as) {
      if (signedInAs) await page.getByRole('button', { name: 'Sign out' }).click();
      await signIn(page, list.as);
      signedInAs = list.as;
    }
    await openList(page, list);
    found[list.path] = (await page.evaluate(sidewaysScroll)).page;
  }
  expect(found).toEqual(Object.fromEntries(lists.map((list) => [list.path, 0])));
});
