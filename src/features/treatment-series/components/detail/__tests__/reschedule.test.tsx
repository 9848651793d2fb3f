import { db } from '@mocks/server/db';
import { pickDate, renderApp, screen, waitFor, within } from '@tests/test-utils';
import { describe, expect, it } from 'vitest';
import { clinicTimeOfDay } from '@/lib/clinic-time';
import { bookOther, seriesOf, sessionsOf, slow, visitItem } from './series-fixtures';

/** Nadia White sees Elena Park (Mon, Wed, Fri) on Fridays 27 Nov, 11 Dec and 25 Dec at 11:15. */
async function openReschedule() {
  const series = seriesOf('Nadia White');
  // Monday 30 November in her clinician's diary holds only what a test books there.
  for (const other of [...db.sessions.values()]) {
    if (
      other.seriesId !== series.id &&
      other.clinicianId === series.clinicianId &&
      other.start.startsWith('2026-11-30')
    ) {
      db.sessions.delete(other.id);
    }
  }
  const app = await renderApp({ url: `/series/${series.id}`, as: 'front_desk' });
  await screen.findByRole('heading', { name: 'Series: Nadia White' }, slow);
  await app.user.click(within(visitItem(1)).getByRole('button', { name: 'Reschedule visit 1' }));
  const dialog = await screen.findByRole('dialog', { name: 'Reschedule visit 1' }, slow);
  await pickDate(app.user, within(dialog).getByRole('button', { name: /^Date/ }), 'Mon 30 Nov 2026');
  return { ...app, series, dialog };
}

describe('rescheduling a visit', { timeout: 60_000 }, () => {
  it('checks the new time live, offers to shift the later visits, and moves them all at the same time of day', async () => {
    // Visit 3 on Friday 8 January 2027, 11:15, after the holidays.
    const third = sessionsOf(seriesOf('Nadia White').id)[2];
    if (!third) throw new Error('Nadia White has three visits');
    db.sessions.set(third.id, { ...third, start: '2027-01-08T16:15:00.000Z', version: third.version + 1 });
    const { user, series, dialog } = await openReschedule();
    expect(
      await within(dialog).findByText('Free, and inside opening and working hours.', {}, slow),
    ).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Visit 1: Mon 30 Nov 2026, 11:15 (was Fri 27 Nov 2026, 11:15)');
    expect(dialog).toHaveTextContent('Visit 2 would be only 11 days after visit 1 (planned: 14).');

    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Also move visits 2 and 3 by the same number of days' }),
    );
    expect(dialog).toHaveTextContent('Visit 2: Mon 14 Dec 2026, 11:15 (was Fri 11 Dec 2026, 11:15)');
    expect(dialog).toHaveTextContent('Visit 3: Mon 11 Jan 2027, 11:15 (was Fri 8 Jan 2027, 11:15)');
    await waitFor(
      () => expect(within(dialog).getAllByText('Free, and inside opening and working hours.')).toHaveLength(3),
      slow,
    );
    expect(dialog).not.toHaveTextContent('would be only');

    await user.click(within(dialog).getByRole('button', { name: 'Reschedule' }));

    expect(await screen.findByText(/Now Mon 30 Nov 2026, 11:15. 2 later visits moved/, {}, slow)).toBeInTheDocument();
    const starts = sessionsOf(series.id).map((session) => session.start);
    expect(starts).toEqual(['2026-11-30T16:15:00.000Z', '2026-12-14T16:15:00.000Z', '2027-01-11T16:15:00.000Z']);
    expect(starts.map((start) => clinicTimeOfDay(start, 'America/New_York'))).toEqual(['11:15', '11:15', '11:15']);
    await waitFor(() => expect(visitItem(2)).toHaveTextContent('Mon 14 Dec 2026, 11:15, 45 min'), slow);
    expect(visitItem(2)).toHaveTextContent('14 days after visit 1');
  });

  it('names a clash that appeared meanwhile, offers the next free times and keeps the chosen date', async () => {
    const { user, series, dialog } = await openReschedule();
    await within(dialog).findByText('Free, and inside opening and working hours.', {}, slow);
    // Someone else books Elena at that time while the dialog is open.
    bookOther(series.clinicianId, '2026-11-30T16:15:00.000Z');

    await user.click(within(dialog).getByRole('button', { name: 'Reschedule' }));

    const refusal = await within(dialog).findByRole('alert', {}, slow);
    expect(refusal).toHaveTextContent('Elena Park already sees Olive Other on Mon 30 Nov, 11:15–12:00');
    expect(sessionsOf(series.id)[0]?.start).toBe('2026-11-27T16:15:00.000Z');
    expect(within(dialog).getByRole('button', { name: /^Date/ })).toHaveTextContent('Mon 30 Nov 2026');
    const offers = within(refusal).getByRole('group', { name: 'Next free times:' });
    await user.click(within(offers).getByRole('button', { name: 'Mon 30 Nov 12:00' }));
    expect(within(dialog).getByRole('combobox', { name: /^Time/ })).toHaveValue('12:00');

    await user.click(within(dialog).getByRole('button', { name: 'Reschedule' }));
    await waitFor(
      () => expect(db.sessions.get(sessionsOf(series.id)[0]?.id ?? '')?.start).toBe('2026-11-30T17:00:00.000Z'),
      slow,
    );
  });
});
