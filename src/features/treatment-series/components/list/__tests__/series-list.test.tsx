import { failNext } from '@mocks/runtime/network';
import { db } from '@mocks/server/db';
import { renderApp, screen, waitFor, within } from '@tests/test-utils';
import { describe, expect, it } from 'vitest';

/** The first render loads the lazy route modules, slow on a busy machine: allow for it. */
const slow = { timeout: 30_000 };

const rowOf = async (name: string) => {
  const link = await screen.findByRole('link', { name }, slow);
  const row = link.closest('tr');
  if (!row) throw new Error(`${name} is not in a table row`);
  return within(row);
};

describe('Series page', { timeout: 60_000 }, () => {
  it('lists every series with its progress, last and next visit in clinic time, and status', async () => {
    await renderApp({ url: '/series', as: 'front_desk' });
    const table = await screen.findByRole('table', { name: /Treatment series, page 1 of 2/ }, slow);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Patient', 'Clinician', 'Visits', 'Last visit', 'Next visit', 'Status']);
    expect(screen.getByText('42 series in this view')).toBeInTheDocument();
    // Sorted by the next visit: Nadia White's first visit is on Friday 27 November, 11:15 in New York.
    const nadia = await rowOf('Nadia White');
    expect(nadia.getByText('Elena Park')).toBeInTheDocument();
    expect(nadia.getByText('0 of 3 done')).toBeInTheDocument();
    expect(nadia.getByText('Fri 27 Nov 2026, 11:15')).toBeInTheDocument();
    expect(nadia.getByText('On track')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nadia White' })).toHaveAttribute('href', `/series/ser_00004`);
  });

  it('filters by status (several) and clinician through the URL, and pages on the server', async () => {
    const { user, router } = await renderApp({ url: '/series?status=overdue', as: 'front_desk' });
    const daniel = await rowOf('Daniel Anderson');
    expect(daniel.getByText('1 of 3 done')).toBeInTheDocument();
    expect(daniel.getByText('Wed 21 Oct 2026, 10:00')).toBeInTheDocument();
    expect(daniel.getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByText('6 series in this view')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nadia White' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Overdue' })).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Needs booking' }));
    await rowOf('Aisha Williams');
    expect(router.state.location.search).toBe('?status=overdue%2Cneeds_booking');
    expect(screen.getByText('10 series in this view')).toBeInTheDocument();

    // A shared link with a clinician: the filter reads it, and the status chips keep it.
    const elenaId = [...db.staff.values()].find((member) => member.name === 'Elena Park')?.id ?? '';
    await router.navigate(`/series?status=overdue,needs_booking&clinician=${elenaId}`);
    await waitFor(() => expect(screen.getByText('6 series in this view')).toBeInTheDocument(), slow);
    expect(screen.getByRole('combobox', { name: 'Clinician' })).toHaveValue('Elena Park');
    expect(screen.queryByRole('link', { name: 'Andre Nguyen' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Overdue' }));
    await waitFor(() => expect(screen.getByText('2 series in this view')).toBeInTheDocument(), slow);
    expect(new URLSearchParams(router.state.location.search).get('clinician')).toBe(elenaId);

    await user.click(screen.getByRole('button', { name: 'Show every series' }));
    await screen.findByText('42 series in this view', {}, slow);
    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    await screen.findByRole('table', { name: /page 2 of 2/ }, slow);
    expect(router.state.location.search).toBe('?page=2');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + 17);
  });

  it('opens a series from its row', async () => {
    const { user, router } = await renderApp({ url: '/series', as: 'clinician' });
    const nadia = await rowOf('Nadia White');
    await user.click(nadia.getByText('0 of 3 done'));
    await screen.findByRole('heading', { name: 'Series: Nadia White' }, slow);
    expect(router.state.location.pathname).toBe('/series/ser_00004');
  });

  it('says when nothing matches, and explains a failed load with a retry', async () => {
    const { user } = await renderApp({ url: '/series?status=completed&clinician=nobody', as: 'front_desk' });
    expect(await screen.findByText('No series match these filters', {}, slow)).toBeInTheDocument();

    failNext(3, 'server');
    await user.click(screen.getByRole('checkbox', { name: 'Overdue' }));
    const alert = await screen.findByRole('alert', {}, slow);
    expect(alert).toHaveTextContent(/Your filters are kept/);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No series match these filters', {}, slow)).toBeInTheDocument();
  });
});
