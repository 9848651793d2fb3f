import type { Locator, Page } from 'playwright-core';

/** A page that shows the 10,000 requests, and how to drive it the way a person would. */
export interface Target {
  key: 'app' | 'app-no-mocks' | 'datatable';
  label: string;
  /** URL path on the bench server. */
  path: string;
  /** Data rows only (not spacers, placeholders or the header). */
  rowSelector: string;
  /** The timed click of the sort measurement. */
  sortControl: (page: Page) => Locator;
  /** The timed click of the filter measurement: the "Closed" status chip, after sorting by name. */
  filterControl: (page: Page) => Locator;
}

const table = 'table[aria-label="Contact requests"]';
const statusChip = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Status', exact: true }).getByText(name, { exact: true });

export const appTarget: Target = {
  key: 'app',
  label: 'Vein Desk inbox',
  path: '/requests',
  rowSelector: `${table} > tbody > tr[data-index]`,
  sortControl: (page) => page.locator(`${table} > thead`).getByRole('button', { name: 'Name', exact: true }),
  filterControl: (page) => statusChip(page, 'Closed'),
};

/** The same inbox in a build without mocks, its API answered by the bench's Node process. */
export const noMocksTarget: Target = { ...appTarget, key: 'app-no-mocks', label: 'Vein Desk inbox (no mocks)' };

export const datatableTarget: Target = {
  key: 'datatable',
  label: 'mantine-datatable',
  path: '/bench-datatable/',
  rowSelector: `${table} > tbody > tr.mantine-datatable-row`,
  sortControl: (page) => page.locator(`${table} > thead`).getByRole('button', { name: /^Name\b/ }),
  filterControl: (page) => statusChip(page, 'Closed'),
};
