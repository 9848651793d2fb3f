import { clock } from '@mocks/runtime/clock';
import { db } from '@mocks/server/db';
import { isLate } from '@mocks/server/model/request-lateness';
import { accounts } from '@tests/fixtures';
import { renderApp, screen, waitFor, within } from '@tests/test-utils';
import { describe, expect, it } from 'vitest';
import { deriveSeriesProgress } from '@/features/treatment-series/domain/series-progress';
import { bookOther } from '../../../treatment-series/components/detail/__tests__/series-fixtures';

const slow = { timeout: 30_000 };
const tz = 'America/New_York';
const staffId = (email: string) => [...db.staff.values()].find((member) => member.email === email)?.id;

/** The seed's visits in a range, in order (cancelled ones left out). */
function visitsBetween(fromIso: string, toIso: string, clinicianId?: string) {
  const [from, to] = [Date.parse(fromIso), Date.parse(toIso)];
  return [...db.sessions.values()]
    .filter((session) => session.status !== 'cancelled' && (!clinicianId || session.clinicianId === clinicianId))
    .filter((session) => Date.parse(session.start) >= from && Date.parse(session.start) < to)
    .sort((a, b) => a.start.localeCompare(b.start));
}

const figure = (card: HTMLElement, label: string) =>
  within(card).getByText(
    (_, element) => element?.tagName === 'P' && new RegExp(`^\\d+ ${label}$`).test(element.textContent ?? ''),
  );

describe('Today', { timeout: 90_000 }, () => {
  it("lists the clinician's visits today in clinic time and completes one with the visit dialog", async () => {
    // Friday 27 November, 11:30 in New York: Nadia White's visit 1 (11:15) has begun.
    clock.setNow('2026-11-27T16:30:00.000Z');
    const elena = staffId(accounts.clinician) ?? '';
    // Booked out of order (16:00 and 10:00 in New York): the page sorts by time.
    bookOther(elena, '2026-11-27T21:00:00.000Z');
    bookOther(elena, '2026-11-27T15:00:00.000Z');
    const { user } = await renderApp({ url: '/', as: 'clinician' });

    const table = await screen.findByRole('table', { name: /^Friday 27 November, \d+ visits, in clinic time$/ }, slow);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '10:00–10:45',
      '11:15–12:00',
      '16:00–16:45',
    ]);
    const nadia = within(table).getByRole('link', { name: 'Nadia White' }).closest('tr');
    if (!nadia) throw new Error('Nadia White has no row');
    expect(nadia).toHaveTextContent('Visit 1 of 3');
    expect(nadia).toHaveTextContent('First visit');

    await user.click(within(nadia).getByRole('button', { name: 'Complete visit 1, Nadia White' }));
    const dialog = await screen.findByRole('dialog', { name: 'Complete visit 1' }, slow);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Left leg' }));
    await user.click(within(dialog).getByRole('button', { name: 'Complete visit' }));
    expect(await screen.findByText(/72-hour follow-up call created\./, {}, slow)).toBeInTheDocument();
    await waitFor(() => expect(nadia).toHaveTextContent('Completed'), slow);
    const calls = [...db.followUps.values()].filter((call) => call.reason === 'post_treatment_72h');
    expect(
      calls.some((call) => db.sessions.get(call.subject.id)?.status === 'completed' && call.status === 'due'),
    ).toBe(true);
  });

  it("shows the clinician the concerns raised on their patients' calls, and marks one reviewed", async () => {
    const elena = staffId(accounts.clinician) ?? '';
    const series = [...db.series.values()].find((one) => one.clinicianId === elena);
    const other = [...db.series.values()].find((one) => one.clinicianId !== elena);
    if (!series || !other) throw new Error('The seed has no series for these clinicians');
    const review = (id: string, of: typeof series, note: string) =>
      db.reviews.set(id, {
        id,
        patientId: of.patientId,
        patientName: db.patients.get(of.patientId)?.name ?? '',
        clinicianId: of.clinicianId,
        sessionId: null,
        seriesId: of.id,
        followUpCallId: 'fu_test',
        concerns: ['swelling'],
        note,
        raisedAt: clock.nowIso(),
        raisedById: staffId(accounts.front_desk) ?? '',
        status: 'open',
        resolvedAt: null,
        resolvedById: null,
        resolutionNote: '',
        version: 1,
      });
    review('rev_mine', series, 'Ankle swollen since the visit');
    review('rev_theirs', other, 'Not for Elena');
    const { user } = await renderApp({ url: '/', as: 'clinician' });

    const concerns = await screen.findByRole('region', { name: 'Concerns for you to review' }, slow);
    await within(concerns).findByText('Ankle swollen since the visit', {}, slow);
    expect(within(concerns).getByText('Swelling')).toBeInTheDocument();
    expect(concerns).not.toHaveTextContent('Not for Elena');

    await user.type(
      within(concerns).getByRole('textbox', { name: `Review note for ${db.patients.get(series.patientId)?.name}` }),
      'Called back, settling',
    );
    await user.click(within(concerns).getByRole('button', { name: 'Mark reviewed' }));
    await within(concerns).findByText('No concerns from follow-up calls are waiting.', {}, slow);
    expect(db.reviews.get('rev_mine')?.status).toBe('resolved');
  });

  it("shows the front desk's cards with counts that match the seed, each linking to its filtered view", async () => {
    const now = clock.nowMs();
    const requests = [...db.contactRequests.values()];
    const newCount = requests.filter((request) => request.status === 'new').length;
    const lateCount = requests.filter((request) => isLate(request, now)).length;
    const open = [...db.followUps.values()].filter((call) => call.status === 'due' || call.status === 'no_answer');
    const overdue = open.filter((call) => Date.parse(call.dueAt) < now).length;
    // Thursday 26 November, 00:00 in New York.
    const tonight = Date.parse('2026-11-26T05:00:00.000Z');
    const laterToday = open.filter((call) => Date.parse(call.dueAt) >= now && Date.parse(call.dueAt) < tonight).length;
    const needsBooking = [...db.series.values()].filter((series) => {
      const sessions = [...db.sessions.values()].filter((session) => session.seriesId === series.id);
      return deriveSeriesProgress({ ...series, sessions }, now, tz) === 'needs_booking';
    }).length;

    await renderApp({ url: '/', as: 'front_desk' });
    const requestsCard = await screen.findByRole('region', { name: 'New requests' }, slow);
    await waitFor(() => expect(figure(requestsCard, 'waiting')).toHaveTextContent(`${newCount} waiting`), slow);
    expect(figure(requestsCard, 'late')).toHaveTextContent(`${lateCount} late`);
    expect(within(requestsCard).getByRole('link', { name: 'Late requests' })).toHaveAttribute(
      'href',
      '/requests?late=true',
    );

    const callsCard = screen.getByRole('region', { name: 'Calls to make' });
    await waitFor(() => expect(figure(callsCard, 'overdue')).toHaveTextContent(`${overdue} overdue`), slow);
    expect(figure(callsCard, 'due later today')).toHaveTextContent(`${laterToday} due later today`);
    expect(within(callsCard).getByRole('link', { name: 'Overdue calls' })).toHaveAttribute(
      'href',
      '/follow-ups?bucket=overdue',
    );

    const bookingCard = screen.getByRole('region', { name: 'Series to book' });
    await waitFor(
      () => expect(figure(bookingCard, 'needs? a visit booked')).toHaveTextContent(`${needsBooking} need`),
      slow,
    );
    expect(within(bookingCard).getByRole('link', { name: 'Series that need booking' })).toHaveAttribute(
      'href',
      '/series?status=needs_booking',
    );

    const arrivals = screen.getByRole('region', { name: 'Arrivals today' });
    await waitFor(
      () =>
        expect(figure(arrivals, 'visits? today')).toHaveTextContent(
          `${visitsBetween('2026-11-25T05:00:00.000Z', '2026-11-26T05:00:00.000Z').length} visit`,
        ),
      slow,
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Concerns/ })).not.toBeInTheDocument();
  });
});
