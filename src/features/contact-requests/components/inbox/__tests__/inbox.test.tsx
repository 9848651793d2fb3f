import { buildContactRequest } from '@mocks/data/factories';
import { server } from '@mocks/runtime/node';
import { db } from '@mocks/server/db';
import { accounts, fixedNow } from '@tests/fixtures';
import { act, fireEvent, renderApp, screen, waitFor, within } from '@tests/test-utils';
import { delay, HttpResponse, http } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiBaseUrl } from '@/config/env';
import { type ContactRequest, openRequestStatuses, type RequestStatus } from '@/features/contact-requests/schemas';
import { problemTypes } from '@/lib/problem';
import { bulkUndoWindowMs } from '../use-undoable-bulk-action';
import { stubScrollLayout } from './scroll-layout';

/** Whole-app tests with many interactions (or 10,000 rows in the mock) need room on a busy machine. */
const timeout = 45_000;

// The lazy route modules compile on first use: do it once here rather than inside the first test.
beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/app-layout'),
    import('@/app/routes/requests'),
    import('@/app/routes/request-detail'),
  ]);
}, 60_000);

let restoreLayout: () => void = () => {};
beforeEach(() => {
  restoreLayout = stubScrollLayout();
});
afterEach(() => {
  restoreLayout();
  vi.useRealTimers();
});

const all = () => [...db.contactRequests.values()];
const isOpen = (request: ContactRequest) => (openRequestStatuses as readonly RequestStatus[]).includes(request.status);
const byReceived = (a: ContactRequest, b: ContactRequest) => a.receivedAt.localeCompare(b.receivedAt);

async function openInbox(url = '/requests') {
  const app = await renderApp({ url });
  const table = await screen.findByRole('table', { name: 'Contact requests' });
  return { ...app, table };
}

/** Data rows in DOM order (the header row and the virtual spacers excluded). */
const dataRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row): row is HTMLTableRowElement => row instanceof HTMLTableRowElement && row.closest('tbody') !== null);
const rowNames = (table: HTMLElement) => dataRows(table).map((row) => within(row).getByRole('link').textContent);
const rowId = (row: HTMLElement) => within(row).getByRole('link').getAttribute('href')?.split(/[/?]/)[2];
/** A cell's lines (what matters first, then the detail under it), by its column's header. */
function cellLines(table: HTMLElement, row: HTMLTableRowElement, header: string): string[] {
  const index = within(table)
    .getAllByRole('columnheader')
    .findIndex((cell) => cell.textContent?.startsWith(header));
  const cell = row.cells[index];
  const lines = cell?.querySelectorAll(':scope > div > span');
  return lines && lines.length > 0 ? [...lines].map((line) => line.textContent ?? '') : [cell?.textContent ?? ''];
}
const column = (table: HTMLElement, header: string, line = 0) =>
  dataRows(table).map((row) => cellLines(table, row, header)[line]);
const statusCells = (table: HTMLElement) => column(table, 'Status');

describe('the requests inbox', { timeout }, () => {
  it('shows open requests, longest-waiting first, by default', async () => {
    const { table, router } = await openInbox();
    const open = all().filter(isOpen).sort(byReceived);

    expect(router.state.location.search).toBe('');
    expect(table).toHaveAttribute('aria-rowcount', String(open.length + 1));
    expect(screen.getByRole('checkbox', { name: 'New' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Contacting' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Closed' })).not.toBeChecked();
    const names = rowNames(table);
    expect(names.length).toBeGreaterThan(5);
    expect(names).toEqual(open.slice(0, names.length).map((request) => request.name));
    // The rows in view (the longest-waiting) are all open; the row count above covers the rest.
    expect(statusCells(table).length).toBeGreaterThan(0);
    for (const status of statusCells(table)) expect(['New', 'Contacting']).toContain(status);
    expect(within(table).getByRole('columnheader', { name: /waiting/i })).toHaveAttribute('aria-sort', 'descending');
  });

  it('opens with its first rows, not as an empty inbox still loading them', async () => {
    // The list answers last: the page waits for it rather than showing without it.
    server.use(
      http.post(`${apiBaseUrl}/contact-requests/search`, async () => {
        await delay(300);
      }),
    );
    await renderApp({ url: '/requests' });

    await screen.findByRole('heading', { name: 'Requests', level: 2 });
    expect(dataRows(screen.getByRole('table', { name: 'Contact requests' })).length).toBeGreaterThan(0);
  });

  it('filters by status through the URL', async () => {
    const { table, user, router } = await openInbox();

    await user.click(screen.getByRole('checkbox', { name: 'Contacting' }));

    await waitFor(() => expect(router.state.location.search).toBe('?status=new'));
    const fresh = all().filter((request) => request.status === 'new');
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(fresh.length + 1)));
    expect(new Set(statusCells(table))).toEqual(new Set(['New']));
  });

  it('filters by concern and assignee through the URL, one click or keypress each', async () => {
    const { table, user, router } = await openInbox();
    const me = [...db.staff.values()].find((member) => member.email === accounts.front_desk);
    if (!me) throw new Error('The seed has the front-desk account');
    const matching = all().filter(
      (request) => isOpen(request) && request.concern === 'spider_veins' && request.assigneeId === me.id,
    );
    expect(matching.length).toBeGreaterThan(0);

    await user.click(screen.getByRole('checkbox', { name: 'Spider veins' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Assignee' }), 'Assigned to me');

    await waitFor(() => expect(router.state.location.search).toBe('?concern=spider_veins&assignee=me'));
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(matching.length + 1)));
    // The concern is the line under the name; the areas follow it.
    expect(new Set(column(table, 'Name', 1).map((detail) => detail?.split(' · ')[0]))).toEqual(
      new Set(['Spider veins']),
    );
    expect(new Set(column(table, 'Assignee'))).toEqual(new Set([me.name]));
  });

  it('searches name, phone and email without putting the search into a URL or storage', async () => {
    const sent: Request[] = [];
    const record = ({ request }: { request: Request }) => sent.push(request.clone());
    server.events.on('request:start', record);
    const { table, user, router } = await openInbox('/requests?status=all');
    const target = all().sort(byReceived)[3];
    if (!target) throw new Error('The seed has requests');
    const lastName = target.name.split(' ').at(-1) ?? target.name;
    const matching = all().filter((request) => request.name.toLowerCase().includes(lastName.toLowerCase()));

    await user.type(screen.getByRole('searchbox', { name: /search/i }), lastName);

    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(matching.length + 1)));
    expect(rowNames(table)).toContain(target.name);
    expect(router.state.location.search).toBe('?status=all');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(lastName);
    expect(JSON.stringify({ ...localStorage })).not.toContain(lastName);
    server.events.removeListener('request:start', record);
    // The search text travels in a request body, never in an API query string.
    expect(sent.map((request) => decodeURIComponent(request.url)).join(' ')).not.toContain(lastName);
    const bodies = await Promise.all(sent.map((request) => request.text()));
    expect(bodies.some((body) => body.includes(`"q":"${lastName}"`))).toBe(true);
  });

  it('sorts by name on the server when the header is clicked', async () => {
    const { table, user, router } = await openInbox();
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const sorted = all()
      .filter(isOpen)
      .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));

    await user.click(within(table).getByRole('button', { name: /name/i }));

    await waitFor(() => expect(router.state.location.search).toBe('?sort=name&order=asc'));
    const header = within(table).getByRole('columnheader', { name: /name/i });
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'ascending'));
    await waitFor(() => expect(rowNames(table).slice(0, 10)).toEqual(sorted.slice(0, 10).map((r) => r.name)));
  });

  it('moves through rows with the keyboard, opens one with Enter keeping the view, and refocuses it after', async () => {
    const { table, user, router } = await openInbox('/requests?late=true');
    await waitFor(() => expect(dataRows(table).length).toBeGreaterThan(2));
    const [first, second] = dataRows(table);
    if (!first || !second) throw new Error('Expected two rows');
    const secondId = rowId(second);

    act(() => first.focus());
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    await user.keyboard('j');
    await user.keyboard('k');
    expect(second).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe(`/requests/${secondId}`));
    expect(router.state.location.search).toBe('?late=true');

    // The drawer closes by navigating back to the list with the same search: focus returns to the row.
    await act(() => router.navigate('/requests?late=true'));
    await waitFor(() => expect(second).toHaveFocus());
  });

  it('keeps focus in the list when the request it returned to then leaves the view', async () => {
    const { table, user, router, queryClient } = await openInbox();
    await waitFor(() => expect(dataRows(table).length).toBeGreaterThan(3));
    const [, second, third] = dataRows(table);
    const secondId = second && rowId(second);
    const thirdId = third && rowId(third);
    const request = secondId ? db.contactRequests.get(secondId) : undefined;
    if (!second || !request || !thirdId) throw new Error('Expected three rows');
    act(() => second.focus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/requests/${request.id}`));
    await act(() => router.navigate('/requests'));
    await waitFor(() => expect(second).toHaveFocus());

    // Someone closes it while the list refetches: its row goes, and focus must not go with it.
    db.contactRequests.set(request.id, { ...request, status: 'closed', closeReason: 'declined', version: 99 });
    await act(() => queryClient.invalidateQueries());

    await waitFor(() => expect(dataRows(table).map(rowId)).not.toContain(request.id));
    await waitFor(() => expect(document.activeElement).toBe(dataRows(table).find((row) => rowId(row) === thirdId)));
  });

  it('explains a failed load and retries it with the same filters', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    const { user, router } = await openInbox();
    const failure = {
      type: problemTypes.server,
      title: 'Server unavailable',
      status: 503,
      detail: 'It is restarting.',
    };
    server.use(http.post(`${apiBaseUrl}/contact-requests/search`, () => HttpResponse.json(failure, { status: 503 })));

    await user.click(screen.getByRole('switch', { name: 'Late only' }));
    await act(() => vi.advanceTimersByTimeAsync(5_000)); // the client retries a 503 twice

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Server unavailable');
    expect(alert).toHaveTextContent('It is restarting. Your filters are kept.');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    const table = await screen.findByRole('table', { name: 'Contact requests' });
    expect(router.state.location.search).toBe('?late=true');
    const late = statusCells(table);
    expect(late.length).toBeGreaterThan(0);
  });

  it('shows the number of new requests in the navigation and picks up new ones without a reload', async () => {
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    const { table } = await openInbox();
    const newCount = all().filter((request) => request.status === 'new').length;
    const nav = screen.getByRole('navigation', { name: 'Main' });

    expect(await within(nav).findByRole('link', { name: `Requests ${newCount} new requests` })).toBeInTheDocument();

    const arrived = buildContactRequest({ name: 'Nora Newcomer' });
    db.contactRequests.set(arrived.id, arrived);
    await act(() => vi.advanceTimersByTimeAsync(30_000));

    expect(await within(nav).findByRole('link', { name: `Requests ${newCount + 1} new requests` })).toBeInTheDocument();
    const openCount = all().filter(isOpen).length;
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(openCount + 1)));
  });
});

describe('bulk close with undo', { timeout }, () => {
  let bulkCalls = 0;
  beforeEach(() => {
    bulkCalls = 0;
    // Counts the calls and falls through to the real mock handler.
    server.use(
      http.post(`${apiBaseUrl}/contact-requests/bulk`, () => {
        bulkCalls += 1;
      }),
    );
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
  });

  async function closeThree() {
    const app = await openInbox();
    const rows = dataRows(app.table).slice(0, 3);
    const ids = rows.map(rowId);
    for (const row of rows) await app.user.click(within(row).getByRole('checkbox'));
    expect(screen.getByText('3 requests selected')).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Close…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close 3 requests' });
    await app.user.click(within(dialog).getByRole('radio', { name: 'Unreachable' }));
    await app.user.click(within(dialog).getByRole('textbox', { name: 'Reason' }));
    await app.user.paste('No answer after three calls');
    await app.user.click(within(dialog).getByRole('button', { name: 'Close requests' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Closing 3 requests…');
    return { ...app, ids: ids.filter((id): id is string => Boolean(id)), notice };
  }

  it('sends nothing when undone', async () => {
    const before = structuredClone(all());
    const { user, notice } = await closeThree();

    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: nothing was changed.')).toBeInTheDocument();
    expect(screen.getByText('3 requests selected')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(bulkUndoWindowMs * 2));

    expect(bulkCalls).toBe(0);
    expect(all()).toEqual(before);
  });

  it('closes them once the undo window has passed', async () => {
    const { ids, table } = await closeThree();
    expect(ids).toHaveLength(3);

    await act(() => vi.advanceTimersByTimeAsync(bulkUndoWindowMs - 500));
    expect(bulkCalls).toBe(0);
    await act(() => vi.advanceTimersByTimeAsync(1_000));

    expect(await screen.findByText('Closed 3 requests.')).toBeInTheDocument();
    expect(bulkCalls).toBe(1);
    for (const id of ids) {
      expect(db.contactRequests.get(id)).toMatchObject({
        status: 'closed',
        closeReason: 'unreachable',
        statusReason: 'No answer after three calls',
      });
    }
    const stillOpen = all().filter(isOpen).length;
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(stillOpen + 1)));
  });

  it('reports the requests it skipped', async () => {
    const { ids } = await closeThree();
    const [first] = ids;
    const skipped = first ? db.contactRequests.get(first) : undefined;
    if (!skipped) throw new Error('Expected a request');
    db.contactRequests.set(skipped.id, { ...skipped, status: 'booked' });

    await act(() => vi.advanceTimersByTimeAsync(bulkUndoWindowMs + 500));

    expect(await screen.findByText(/Closed 2 requests\. Skipped 1 request/)).toHaveTextContent(skipped.name);
  });
});

describe('a large inbox', { timeout }, () => {
  it('keeps fewer than 100 rows in the DOM while scrolling through 10,000 requests', async () => {
    db.contactRequests.clear();
    const start = Date.parse(fixedNow);
    for (let index = 0; index < 10_000; index += 1) {
      const request = buildContactRequest({ receivedAt: new Date(start - (index + 1) * 60_000).toISOString() });
      db.contactRequests.set(request.id, request);
    }
    const { table } = await openInbox();
    const scroller = table.closest<HTMLElement>('[data-inbox-scroller]');
    if (!scroller) throw new Error('The table scrolls in its own container');

    expect(table).toHaveAttribute('aria-rowcount', '10001');
    expect(dataRows(table).length).toBeLessThan(100);

    for (const loaded of [50, 100]) {
      scroller.scrollTop = loaded * 44;
      fireEvent.scroll(scroller);
      await waitFor(() => expect(screen.getByText(`${loaded + 50} of 10000 loaded`)).toBeInTheDocument());
      expect(dataRows(table).length).toBeLessThan(100);
    }
    const indexes = dataRows(table).map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(Math.max(...indexes)).toBeGreaterThan(100);
  });
});
