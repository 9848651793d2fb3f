import type { Locator, Page } from 'playwright-core';

/** A timed click: pointer down on `control` to the changed rows painted. */
export interface TimedAction {
  /** Its key in `RunMetrics.actions` and results.json. */
  key: string;
  /** What a person does, for the report. */
  label: string;
  control: (page: Page) => Locator;
}

/** A page with rows (table rows, visit cards), and how to drive it the way a person would. */
export interface Target {
  key: 'app' | 'app-no-mocks' | 'inbox-floor' | 'datatable' | 'follow-ups' | 'schedule-clinic-day' | 'schedule-week';
  label: string;
  /** URL path (and query) on the bench server. */
  path: string;
  /** Data rows only (not spacers, placeholders or the header). */
  rowSelector: string;
  /** Clicked in this order, each timed, after the first rows and the heap. */
  actions: readonly TimedAction[];
}

/** The URL path a target lands on, without its query. */
export const pathnameOf = (target: Target) => new URL(target.path, 'http://bench').pathname;

const table = 'table[aria-label="Contact requests"]';
const statusChip = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Status', exact: true }).getByText(name, { exact: true });
const sortAction = (name: string | RegExp): TimedAction => ({
  key: 'sortMs',
  label: 'Sort by name',
  control: (page) => page.locator(`${table} > thead`).getByRole('button', { name, exact: typeof name === 'string' }),
});
/** After sorting by name: the "Closed" chip is added to the open ones (thousands of rows). */
const filterAction: TimedAction = {
  key: 'filterMs',
  label: 'Status filter: add "Closed"',
  control: (page) => statusChip(page, 'Closed'),
};

export const appTarget: Target = {
  key: 'app',
  label: 'Vein Desk inbox',
  path: '/requests',
  rowSelector: `${table} > tbody > tr[data-index]`,
  actions: [sortAction('Name'), filterAction],
};

/** The same inbox in a build without mocks, its API answered by the bench's Node process. */
export const noMocksTarget: Target = { ...appTarget, key: 'app-no-mocks', label: 'Vein Desk inbox (no mocks)' };

/**
 * The timing floor (`bench/inbox-floor/`): the inbox's first screen with the stack's libraries and
 * no app code, on the origin of the build without mocks (same API backend, same session).
 */
export const inboxFloorTarget: Target = {
  ...appTarget,
  key: 'inbox-floor',
  label: 'Inbox floor (the stack alone)',
  path: '/bench-inbox-floor/',
};

export const datatableTarget: Target = {
  key: 'datatable',
  label: 'mantine-datatable',
  path: '/bench-datatable/',
  rowSelector: `${table} > tbody > tr.mantine-datatable-row`,
  actions: [sortAction(/^Name\b/), filterAction],
};

/**
 * The follow-up queue as it opens (the "Today" bucket), then the "Upcoming" bucket (a full
 * page of 25 in the busy week), then the "Book next visit" reason chip within it.
 */
export const followUpsTarget: Target = {
  key: 'follow-ups',
  label: 'Follow-ups queue',
  path: '/follow-ups',
  // The queue's only table; its rows carry their index for the keyboard path.
  rowSelector: 'main table > tbody > tr[data-index]',
  actions: [
    {
      key: 'bucketMs',
      label: 'Bucket tab "Upcoming"',
      control: (page) => page.getByRole('tab', { name: /^Upcoming\b/ }),
    },
    {
      key: 'reasonMs',
      label: 'Reason chip "Book next visit"',
      control: (page) =>
        page.getByRole('group', { name: 'Reason', exact: true }).getByText('Book next visit', { exact: true }),
    },
  ],
};

/** Every visit card of the calendar, whichever column it is in. */
const visitCards = 'ul[aria-label^="Visits, "] > li';
const stepAction = (unit: 'day' | 'week'): TimedAction => ({
  key: 'nextMs',
  label: `Next ${unit}`,
  control: (page) => page.getByRole('button', { name: `Next ${unit}`, exact: true }),
});

/**
 * The schedule has no week of all clinicians: the week view is one clinician's. The clinic
 * day (every clinician side by side) is the whole clinic; it opens on the busy week's Monday
 * so that "Next day" lands on another full day.
 */
export const scheduleClinicDayTarget = (monday: string): Target => ({
  key: 'schedule-clinic-day',
  label: 'Schedule, clinic day (all clinicians)',
  path: `/schedule?view=clinic&date=${monday}`,
  rowSelector: visitCards,
  actions: [stepAction('day')],
});

/** One clinician's week (the busy one), then "Next week" (the week after it: few visits). */
export const scheduleWeekTarget = (monday: string, clinicianId: string): Target => ({
  key: 'schedule-week',
  label: "Schedule, a clinician's week",
  path: `/schedule?view=week&date=${monday}&clinician=${clinicianId}`,
  rowSelector: visitCards,
  actions: [stepAction('week')],
});

/** The budgets of issue 16, printed as pass/OVER (the report never fails on them). */
export const budgets = {
  firstRowsDemoMs: 1200,
  firstRowsNoMocksMs: 1000,
  /** Sort and filter, build without mocks. */
  clickNoMocksMs: 100,
  inboxJsKb: 200,
  shellOnlyJsKb: 180,
  publicFormJsKb: 80,
  rowElements: 100,
  inboxCssKb: 30,
  /** Lighthouse performance score, at least (build without mocks). */
  lighthouseMobileScore: 95,
  lighthouseDesktopScore: 100,
} as const;

/** The patient-facing form: public, no staff shell. */
export const publicFormRoute = '/request-appointment';
/** A path no route claims: the signed-in shell and the not-found page only. */
export const shellOnlyRoute = '/bench-shell-only';
