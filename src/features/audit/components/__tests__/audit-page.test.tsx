import { db } from '@mocks/server/db';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, screen, waitFor, within } from '../../../../../tests/test-utils';

const slow = { timeout: 30_000 };

async function openAudit(url = '/audit') {
  const app = await renderApp({ url, as: 'admin' });
  const table = await screen.findByRole('table', { name: /Audit entries, page 1 of/ }, slow);
  return { ...app, table };
}

describe('Audit trail page', { timeout: 60_000 }, () => {
  it('shows who changed what and when, with each changed field before and after, filtered through the URL', async () => {
    const admin = [...db.staff.values()].find((member) => member.role === 'admin');
    const { user, router } = await renderApp({ url: '/settings', as: 'admin' });
    const target = await screen.findByRole('textbox', { name: /Response-time target/ }, slow);
    await user.clear(target);
    await user.type(target, '2');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved');

    await router.navigate(`/audit?person=${admin?.id}&kind=settings`);
    const table = await screen.findByRole('table', { name: /Audit entries, page 1 of/ }, slow);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const row = within(rows[0] ?? table);
    expect(row.getByText('Alex Morgan')).toBeInTheDocument();
    expect(row.getByText('Wed 25 Nov 2026, 10:00')).toBeInTheDocument();
    expect(row.getByRole('link', { name: 'clinic' })).toHaveAttribute('href', '/settings');
    expect(row.getByRole('list', { name: 'Changed fields' })).toHaveTextContent(
      'Response-time target: 1 → changed to 2',
    );
    expect(screen.getByRole('combobox', { name: 'Kind of record' })).toHaveValue('Clinic settings');

    await user.click(screen.getByRole('button', { name: 'Show everything' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText(`${db.audit.length} entries in this view`)).toBeInTheDocument();
  });

  it('exports the filtered view as CSV, and the export appears in the trail', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) saved.push(blob);
      return 'blob:audit';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await openAudit('/audit?kind=treatment_series');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(await screen.findByText('Audit trail exported')).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    expect((await saved[0]?.text())?.split('\r\n')[0]).toBe(
      'When (clinic time),Who,Kind of record,Record,Action,Summary,Changes',
    );
    expect(db.audit.at(-1)).toMatchObject({
      entity: 'audit',
      action: 'export',
      summary: expect.stringMatching(/filter: kind treatment_series$/),
    });
  });

  it('is for admins only', async () => {
    await renderApp({ url: '/audit', as: 'front_desk' });
    expect(await screen.findByRole('heading', { name: '403 Forbidden' }, slow)).toBeVisible();
  });
});
