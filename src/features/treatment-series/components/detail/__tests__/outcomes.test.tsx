import { clock } from '@mocks/runtime/clock';
import { db } from '@mocks/server/db';
import { renderApp, screen, waitFor, within } from '@tests/test-utils';
import { describe, expect, it } from 'vitest';
import { seriesOf, sessionOf, slow, visitItem } from './series-fixtures';

const callsAbout = (...ids: string[]) => [...db.followUps.values()].filter((call) => ids.includes(call.subject.id));

/** Friday 27 November, 11:30 in New York: Nadia White's visit 1 (11:15, 45 min) has begun. */
async function atNadiasFirstVisit(as: 'clinician' | 'front_desk') {
  clock.setNow('2026-11-27T16:30:00.000Z');
  const series = seriesOf('Nadia White');
  const app = await renderApp({ url: `/series/${series.id}`, as });
  await screen.findByRole('heading', { name: 'Series: Nadia White' }, slow);
  return { ...app, series, first: sessionOf(series.id, 1) };
}

async function fillCompletion(user: Awaited<ReturnType<typeof renderApp>>['user'], dialog: HTMLElement, notes: string) {
  await user.click(within(dialog).getByRole('checkbox', { name: 'Left leg' }));
  await user.click(within(dialog).getByRole('checkbox', { name: 'Right leg' }));
  await user.type(within(dialog).getByRole('textbox', { name: /Clinical notes/ }), notes);
}

describe('recording the outcome of a visit', { timeout: 60_000 }, () => {
  it('says a past visit is not recorded yet, on the series and in the list, until its outcome is', async () => {
    // Friday 27 November, 14:00 in New York: visit 1 (11:15–12:00) ended with nothing recorded.
    clock.setNow('2026-11-27T19:00:00.000Z');
    const series = seriesOf('Nadia White');
    for (const number of [2, 3]) {
      const later = sessionOf(series.id, number);
      db.sessions.set(later.id, { ...later, status: 'cancelled', version: later.version + 1 });
    }
    const { user, router } = await renderApp({ url: '/series?status=needs_booking', as: 'clinician' });
    const row = (await screen.findByRole('link', { name: 'Nadia White' }, slow)).closest('tr');
    if (!row) throw new Error('Nadia White has no row');
    expect(row).toHaveTextContent('Visit 1 on Fri 27 Nov not recorded yet');

    await router.navigate(`/series/${series.id}`);
    const note = await screen.findByRole('note', {}, slow);
    expect(note).toHaveTextContent('Visit 1 on Fri 27 Nov not recorded yet: record it as completed or a no-show.');
    await user.click(within(visitItem(1)).getByRole('button', { name: 'Mark no-show for visit 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark visit 1 as a no-show?' }, slow);
    await user.click(within(dialog).getByRole('button', { name: 'Mark as no-show' }));
    await waitFor(() => expect(screen.queryByText(/not recorded yet/)).not.toBeInTheDocument(), slow);
  });

  it('completes a visit as a clinician: the 72-hour call and, with a visit missing, a book-next call', async () => {
    // Visit 3 was cancelled earlier, so after visit 1 the course is one visit short.
    const third = sessionOf(seriesOf('Nadia White').id, 3);
    db.sessions.set(third.id, { ...third, status: 'cancelled', version: third.version + 1 });
    const { user, series, first } = await atNadiasFirstVisit('clinician');

    await user.click(within(visitItem(1)).getByRole('button', { name: 'Complete visit 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Complete visit 1' }, slow);
    await user.click(within(dialog).getByRole('button', { name: 'Complete visit' }));
    expect(within(dialog).getByText('Choose at least one treated area')).toBeInTheDocument();
    await fillCompletion(user, dialog, 'Polidocanol 0.5%, 12 injections. Tolerated well.');
    await user.click(within(dialog).getByRole('button', { name: 'Complete visit' }));

    expect(
      await screen.findByText(/72-hour follow-up call created\. Book-next-visit call created\./, {}, slow),
    ).toBeInTheDocument();
    expect(db.sessions.get(first.id)).toMatchObject({
      status: 'completed',
      treatedAreas: ['left_leg', 'right_leg'],
      notes: 'Polidocanol 0.5%, 12 injections. Tolerated well.',
    });
    const calls = callsAbout(first.id, series.id).filter((call) => call.status === 'due');
    expect(calls.map((call) => [call.reason, call.dueAt])).toEqual(
      expect.arrayContaining([
        // 72 hours after the visit ends (12:00 on Friday) is Monday noon; Nadia asked for mornings: Tuesday 08:00.
        ['post_treatment_72h', '2026-12-01T13:00:00.000Z'],
        ['book_next_session', expect.any(String)],
      ]),
    );
    await waitFor(() => expect(visitItem(1)).toHaveTextContent('Completed'), slow);
    expect(visitItem(1)).toHaveTextContent('Treated: Left leg, Right leg');
    expect(visitItem(1)).toHaveTextContent('Notes: Polidocanol 0.5%, 12 injections. Tolerated well.');
    expect(screen.getByText('1 of 3 done')).toBeInTheDocument();
  });

  it('completes the series with its last visit', async () => {
    // Susan Nguyen's second and last visit: Wednesday 25 November, 16:15.
    clock.setNow('2026-11-25T21:30:00.000Z');
    const series = seriesOf('Susan Nguyen');
    const { user } = await renderApp({ url: `/series/${series.id}`, as: 'admin' });
    await screen.findByRole('heading', { name: 'Series: Susan Nguyen' }, slow);
    await user.click(within(visitItem(2)).getByRole('button', { name: 'Complete visit 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Complete visit 2' }, slow);
    await fillCompletion(user, dialog, 'Last visit.');
    await user.click(within(dialog).getByRole('button', { name: 'Complete visit' }));

    expect(
      await screen.findByText(/That was the last planned visit: the series is completed\./, {}, slow),
    ).toBeInTheDocument();
    expect(db.series.get(series.id)?.status).toBe('completed');
    expect(screen.getByText('2 of 2 done')).toBeInTheDocument();
    const progress = screen.getByText('2 of 2 done').parentElement;
    expect(progress).toHaveTextContent('Completed');
  });

  it('does not offer Complete to the front desk, who can still record a no-show', async () => {
    const { user, series, first } = await atNadiasFirstVisit('front_desk');
    const visit = within(visitItem(1));
    expect(visit.queryByRole('button', { name: 'Complete visit 1' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a visit…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Discontinue…' })).not.toBeInTheDocument();

    await user.click(visit.getByRole('button', { name: 'Mark no-show for visit 1' }));
    const confirm = await screen.findByRole('dialog', { name: 'Mark visit 1 as a no-show?' }, slow);
    await user.click(within(confirm).getByRole('button', { name: 'Mark as no-show' }));

    expect(await screen.findByText('A rebooking call was added to the follow-up queue.', {}, slow)).toBeInTheDocument();
    expect(db.sessions.get(first.id)?.status).toBe('no_show');
    expect(callsAbout(series.id).filter((call) => call.status === 'due')).toEqual([
      expect.objectContaining({ reason: 'book_next_session', note: 'Rebook visit 1 of 3 (missed)' }),
    ]);
    await waitFor(() => expect(visitItem(1)).toHaveTextContent('No-show'), slow);
  });

  it('refuses a stale save, shows the newer data and keeps what the clinician typed', async () => {
    const { user, first } = await atNadiasFirstVisit('clinician');
    await user.click(within(visitItem(1)).getByRole('button', { name: 'Complete visit 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Complete visit 1' }, slow);
    await fillCompletion(user, dialog, 'Twelve injections.');
    // Meanwhile someone else makes visit 1 an hour long.
    db.sessions.set(first.id, { ...first, durationMinutes: 60, version: first.version + 1 });

    await user.click(within(dialog).getByRole('button', { name: 'Complete visit' }));

    expect(await within(dialog).findByRole('alert', {}, slow)).toHaveTextContent(/Someone else changed this series/);
    expect(within(dialog).getByRole('textbox', { name: /Clinical notes/ })).toHaveValue('Twelve injections.');
    expect(within(dialog).getByRole('checkbox', { name: 'Left leg' })).toBeChecked();
    expect(db.sessions.get(first.id)?.status).toBe('scheduled');
    await waitFor(() => expect(visitItem(1)).toHaveTextContent('Fri 27 Nov 2026, 11:15, 60 min'), slow);

    await user.click(within(dialog).getByRole('button', { name: 'Complete visit' }));
    await screen.findByText(/72-hour follow-up call created/, {}, slow);
    expect(db.sessions.get(first.id)).toMatchObject({ status: 'completed', notes: 'Twelve injections.' });
  });
});
