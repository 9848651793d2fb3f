import { db } from '@mocks/server/db';
import { renderApp, screen, waitFor, within } from '@tests/test-utils';
import { describe, expect, it } from 'vitest';
import { seriesOf, sessionOf, sessionsOf, slow, visitItem } from './series-fixtures';

async function openSeries(patientName: string, as: 'front_desk' | 'clinician') {
  const series = seriesOf(patientName);
  const app = await renderApp({ url: `/series/${series.id}`, as });
  await screen.findByRole('heading', { name: `Series: ${patientName}` }, slow);
  return { ...app, series };
}

describe('changing a series', { timeout: 60_000 }, () => {
  it('cancels a visit with an Undo that restores it', async () => {
    const { user, series } = await openSeries('Nadia White', 'front_desk');
    const second = sessionOf(series.id, 2);

    await user.click(within(visitItem(2)).getByRole('button', { name: 'Cancel visit 2' }));

    const notice = (await screen.findByText('Visit 2 cancelled.', {}, slow)).closest('[role="alert"]') as HTMLElement;
    expect(db.sessions.get(second.id)?.status).toBe('cancelled');
    await waitFor(() => expect(visitItem(2)).toHaveTextContent('Cancelled'), slow);

    await user.click(within(notice).getByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('Visit 2 is scheduled again.', {}, slow)).toBeInTheDocument();
    expect(db.sessions.get(second.id)).toMatchObject({ status: 'scheduled', start: second.start });
    await waitFor(() => expect(visitItem(2)).toHaveTextContent('Scheduled'), slow);
  });

  it('needs a reason to discontinue, then cancels the upcoming visits', async () => {
    const { user, series } = await openSeries('Nadia White', 'clinician');
    await user.click(screen.getByRole('button', { name: 'Discontinue…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discontinue the series' }, slow);
    expect(dialog).toHaveTextContent('The 3 upcoming visits are cancelled');

    await user.click(within(dialog).getByRole('button', { name: 'Discontinue series' }));
    expect(within(dialog).getByText('Give a reason (at least 3 characters)')).toBeInTheDocument();
    expect(db.series.get(series.id)?.status).toBe('active');

    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Moving abroad');
    await user.click(within(dialog).getByRole('button', { name: 'Discontinue series' }));

    await waitFor(
      () =>
        expect(db.series.get(series.id)).toMatchObject({ status: 'discontinued', discontinuedReason: 'Moving abroad' }),
      slow,
    );
    expect(sessionsOf(series.id).map((session) => session.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(await screen.findByText('Discontinued: Moving abroad', {}, slow)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reschedule visit 1' })).not.toBeInTheDocument();
  });

  it('adds a visit proposed at the series spacing after the last one', async () => {
    // Aisha Williams had visit 1 on Friday 13 November, 10:00 (spacing 14 days) and nothing booked since.
    const { user, series } = await openSeries('Aisha Williams', 'clinician');
    await user.click(screen.getByRole('button', { name: 'Add a visit…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a visit' }, slow);
    expect(dialog).toHaveTextContent('Visit 2: Fri 27 Nov 2026, 10:00');
    expect(
      await within(dialog).findByText('Free, and inside opening and working hours.', {}, slow),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Add visit 2' }));

    await waitFor(() => expect(sessionsOf(series.id)).toHaveLength(2), slow);
    expect(sessionOf(series.id, 2)).toMatchObject({
      start: '2026-11-27T15:00:00.000Z',
      status: 'scheduled',
      durationMinutes: 45,
    });
    await waitFor(() => expect(visitItem(2)).toHaveTextContent('Fri 27 Nov 2026, 10:00, 45 min'), slow);
    expect(visitItem(2)).toHaveTextContent('14 days after visit 1');
  });
});
