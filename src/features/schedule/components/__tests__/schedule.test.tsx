import { clock } from '@mocks/runtime/clock';
import { db } from '@mocks/server/db';
import { describe, expect, it } from 'vitest';
import { atClinicTime } from '@/lib/clinic-time';
import { renderApp, screen, waitFor, within } from '../../../../../tests/test-utils';

const slow = { timeout: 30_000 };
const ny = (date: string, time: string) => atClinicTime(date, time, 'America/New_York');

function seriesOf(patientName: string) {
  const series = [...db.series.values()].find(
    (candidate) => db.patients.get(candidate.patientId)?.name === patientName,
  );
  if (!series) throw new Error(`No series for ${patientName}`);
  return series;
}

/** Friday 27 November, 11:30 in New York: Nadia White's visit 1 with Elena Park (11:15, 45 min) has begun. */
async function atElenasWeek(as: 'clinician' | 'front_desk', url = '/schedule?view=week') {
  clock.setNow(ny('2026-11-27', '11:30'));
  const app = await renderApp({ url, as });
  const card = await screen.findByRole(
    'button',
    { name: /^11:15, Nadia White, visit 1 of 3, 45 min, Scheduled/ },
    slow,
  );
  return { ...app, card };
}

describe('the schedule', { timeout: 60_000 }, () => {
  it('a clinician opens a visit from their week and completes it', async () => {
    const { user, card } = await atElenasWeek('clinician');
    // Elena's week: Monday 23 to Sunday 29 November, her own column headers.
    expect(screen.getByText('Mon 23 Nov')).toBeInTheDocument();
    expect(screen.getByText('Sun 29 Nov')).toBeInTheDocument();

    await user.click(card);
    const panel = await screen.findByRole('dialog', { name: 'Nadia White: visit 1 of 3' }, slow);
    expect(within(panel).getByText('First visit')).toBeInTheDocument();
    expect(within(panel).getByText('No completed visit yet')).toBeInTheDocument();
    await user.click(await within(panel).findByRole('button', { name: 'Complete visit 1' }, slow));

    const dialog = await screen.findByRole('dialog', { name: 'Complete visit 1' }, slow);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Left leg' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Clinical notes/ }), 'Polidocanol 0.5%.');
    await user.click(within(dialog).getByRole('button', { name: 'Complete visit' }));

    await waitFor(() => expect(within(panel).getAllByText('Completed').length).toBeGreaterThan(0), slow);
    const series = seriesOf('Nadia White');
    const first = [...db.sessions.values()].find((session) => session.seriesId === series.id && session.number === 1);
    expect(first).toMatchObject({ status: 'completed', treatedAreas: ['left_leg'], notes: 'Polidocanol 0.5%.' });
    expect(
      await screen.findByRole('button', { name: /^11:15, Nadia White, visit 1 of 3, 45 min, Completed/ }, slow),
    ).toBeInTheDocument();
  });

  it('the front desk sees the visit and its flags but no clinical actions or notes', async () => {
    const { user, card } = await atElenasWeek('front_desk', `/schedule?view=week&clinician=${elena()}`);
    await user.click(card);
    const panel = await screen.findByRole('dialog', { name: 'Nadia White: visit 1 of 3' }, slow);
    expect(await within(panel).findByRole('button', { name: 'Mark no-show for visit 1' }, slow)).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Reschedule visit 1' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Complete visit 1' })).not.toBeInTheDocument();
    expect(within(panel).queryByText('Last visit')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Block time…' })).not.toBeInTheDocument();
  });

  it('the clinic day puts each clinician in their own column, in clinic time', async () => {
    clock.setNow(ny('2026-11-27', '08:00'));
    await renderApp({ url: '/schedule?view=clinic', as: 'front_desk' });
    const elenasVisits = await screen.findByRole('list', { name: 'Visits, Elena Park' }, slow);
    expect(within(elenasVisits).getByRole('button', { name: /^11:15, Nadia White/ })).toBeInTheDocument();
    for (const entry of [...db.sessions.values()].filter((session) => session.start.startsWith('2026-11-27'))) {
      const clinician = db.staff.get(entry.clinicianId)?.name;
      const visits = screen.getByRole('list', { name: `Visits, ${clinician}` });
      expect(within(visits).getAllByRole('button').length).toBeGreaterThan(0);
    }
  });
});

function elena(): string {
  const member = [...db.staff.values()].find((candidate) => candidate.email === 'clinician@veindesk.test');
  if (!member) throw new Error('Elena Park is seeded');
  return member.id;
}
