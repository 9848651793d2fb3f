import { clock } from '@mocks/runtime/clock';
import { db } from '@mocks/server/db';
import { describe, expect, it } from 'vitest';
import { clinicDate } from '@/lib/clinic-time';
import { renderApp, screen, waitFor, within } from '../../../../../tests/test-utils';
import { callBucket } from '../../call-times';
import type { FollowUpCall } from '../../schemas';

const slow = { timeout: 30_000 };
const tz = 'America/New_York';

function openCall(predicate: (call: FollowUpCall) => boolean): FollowUpCall {
  const call = [...db.followUps.values()].find(
    (candidate) => (candidate.status === 'due' || candidate.status === 'no_answer') && predicate(candidate),
  );
  if (!call) throw new Error('The typical clinic has such a call');
  return call;
}
const seriesIdOf = (call: FollowUpCall) =>
  call.subject.kind === 'session' ? db.sessions.get(call.subject.id)?.seriesId : call.subject.id;

describe('working a follow-up call', { timeout: 90_000 }, () => {
  it('a concern on the 72-hour call reaches the treating clinician as a review item', async () => {
    const call = openCall((candidate) => candidate.reason === 'post_treatment_72h');
    const bucket = callBucket(call, clock.nowMs(), tz);
    const { user, router } = await renderApp({ url: `/follow-ups?bucket=${bucket}&reason=post_treatment_72h` });
    const table = await screen.findByRole('table', {}, slow);
    const row = within(table)
      .getAllByRole('row')
      .find((candidate) => candidate.textContent?.includes(call.patientName));
    if (!row) throw new Error('The call is listed');
    row.focus();
    await user.keyboard('{Enter}');

    const drawer = await screen.findByRole('dialog', { name: `Call ${call.patientName}` }, slow);
    const stored = db.patients.get(call.patientId ?? '')?.phone ?? '';
    expect(
      within(drawer).getByRole('link', { name: stored.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3') }),
    ).toHaveAttribute('href', `tel:${stored}`);
    const question = within(drawer).getByRole('radiogroup', { name: /walk 15 to 30 minutes/ });
    await user.click(within(question).getByRole('radio', { name: 'Yes' }));
    await user.click(within(drawer).getByRole('checkbox', { name: 'Swelling' }));
    await user.type(within(drawer).getByRole('textbox', { name: /About the concern/ }), 'Left calf swollen');
    expect(within(drawer).getByText('This concern will be escalated')).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Save outcome' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), slow);
    const review = [...db.reviews.values()].find((item) => item.followUpCallId === call.id);
    expect(review).toMatchObject({ concerns: ['swelling'], note: 'Left calf swollen', status: 'open' });
    expect(db.followUps.get(call.id)).toMatchObject({
      status: 'done',
      answers: { walked: 'yes', reviewId: review?.id },
    });

    await router.navigate(`/series/${seriesIdOf(call)}`);
    const concerns = await screen.findByRole('region', { name: 'Concerns from follow-up calls' }, slow);
    expect(concerns).toHaveTextContent('Swelling');
    expect(concerns).toHaveTextContent('Left calf swollen');
  });

  it('books the next visit from the call, which marks the call done', async () => {
    const call = openCall(
      (candidate) =>
        candidate.reason === 'book_next_session' &&
        candidate.subject.kind === 'series' &&
        db.series.get(candidate.subject.id)?.status === 'active',
    );
    const seriesId = seriesIdOf(call) ?? '';
    const visitsBefore = [...db.sessions.values()].filter((session) => session.seriesId === seriesId).length;
    const { user } = await renderApp({ url: `/follow-ups/${call.id}` });
    const drawer = await screen.findByRole('dialog', { name: `Call ${call.patientName}` }, slow);
    const slots = await within(drawer).findByRole('group', { name: 'Free slots' }, slow);
    const first = (await within(slots).findAllByRole('button', {}, slow))[0];
    if (!first) throw new Error('A free slot is offered');
    await user.click(first);

    await waitFor(() => expect(db.followUps.get(call.id)?.status).toBe('done'), slow);
    const sessions = [...db.sessions.values()].filter((session) => session.seriesId === seriesId);
    expect(sessions).toHaveLength(visitsBefore + 1);
    const booked = db.followUps.get(call.id)?.answers;
    expect(booked).toMatchObject({ reason: 'book_next_session', bookedSessionStart: expect.any(String) });
    expect(sessions.map((session) => session.start)).toContain(
      booked?.reason === 'book_next_session' ? booked.bookedSessionStart : '',
    );
  });

  it('postponing an overdue call to tomorrow moves it from Overdue to Upcoming', async () => {
    const call = openCall(
      (candidate) => clinicDate(candidate.dueAt, tz) < '2026-11-25' && candidate.patientId !== null,
    );
    const { user } = await renderApp({ url: `/follow-ups?bucket=overdue` });
    const overdueTab = await screen.findByRole('tab', { name: /^Overdue \(\d+\)$/ }, slow);
    const overdueBefore = Number(/\((\d+)\)/.exec(overdueTab.textContent ?? '')?.[1]);
    const link = (await screen.findAllByRole('link', { name: call.patientName }, slow))[0];
    if (!link) throw new Error('The call is listed');
    await user.click(link);
    const drawer = await screen.findByRole('dialog', { name: `Call ${call.patientName}` }, slow);
    await user.click(within(drawer).getByRole('radio', { name: 'Postpone' }));
    await user.click(within(drawer).getByRole('radio', { name: /^Tomorrow/ }));
    await user.click(within(drawer).getByRole('button', { name: 'Save outcome' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), slow);
    expect(clinicDate(db.followUps.get(call.id)?.dueAt ?? '', tz)).toBe('2026-11-26');
    await waitFor(
      () => expect(screen.getByRole('tab', { name: `Overdue (${overdueBefore - 1})` })).toBeInTheDocument(),
      slow,
    );
    await user.click(screen.getByRole('tab', { name: /^Upcoming/ }));
    const upcoming = await screen.findByRole('table', { name: /^Upcoming calls/ }, slow);
    await waitFor(() => expect(upcoming).toHaveTextContent(call.patientName), slow);
  });

  it('says in the drawer that someone else changed the call, keeping the note typed', async () => {
    const call = openCall((candidate) => candidate.reason === 'post_treatment_72h');
    const bucket = callBucket(call, clock.nowMs(), tz);
    const { user } = await renderApp({ url: `/follow-ups/${call.id}?bucket=${bucket}` });
    const drawer = await screen.findByRole('dialog', { name: `Call ${call.patientName}` }, slow);
    await user.click(within(drawer).getByRole('radio', { name: 'No answer' }));
    await user.type(within(drawer).getByRole('textbox', { name: /Note/ }), 'Rang twice, no voicemail');
    // A colleague reaches the patient first.
    db.followUps.set(call.id, { ...call, assigneeId: null, version: call.version + 1 });
    await user.click(within(drawer).getByRole('button', { name: 'Save outcome' }));

    const stale = await within(drawer).findByRole('alert', { name: 'This call changed' }, slow);
    expect(stale).toHaveTextContent('what you typed is kept');
    expect(screen.getAllByText(/Someone else changed this call/)).toHaveLength(1);
    expect(within(drawer).getByRole('textbox', { name: /Note/ })).toHaveValue('Rang twice, no voicemail');
    await user.click(within(stale).getByRole('button', { name: 'Dismiss' }));
    expect(within(drawer).queryByRole('alert', { name: 'This call changed' })).not.toBeInTheDocument();
  });
});
