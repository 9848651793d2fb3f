import { accounts } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import type { FollowUpCall } from '@/features/follow-up-calls/schemas';
import type { TreatmentSeries } from '@/features/treatment-series/schemas';
import { clock } from '../../../runtime/clock';
import { api, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';
import { bookThree, sessionAction, sessionOf } from './series-fixtures';

setUpMockApi('typical');

const callsOf = (series: TreatmentSeries): FollowUpCall[] => {
  const ids = [series.id, ...series.sessions.map((session) => session.id)];
  return [...db.followUps.values()].filter((call) => ids.includes(call.subject.id));
};
const summary = (series: TreatmentSeries) =>
  callsOf(series).map((call) => [call.reason, call.note, call.status, call.outcomeNote]);

/** Monday 1 February 2027, 11:00 in New York: visit 1 (10:00–10:45) is over. */
async function afterVisit1(): Promise<{ series: TreatmentSeries; token: string }> {
  const series = await bookThree();
  clock.setNow('2027-02-01T16:00:00.000Z');
  return { series, token: await signIn(accounts.clinician) };
}

describe('calls follow their subject', () => {
  it('completing the same visit twice, or retrying the request, makes one set of calls', async () => {
    const { series, token } = await afterVisit1();
    const body = { version: 1, treatedAreas: ['left_leg'], notes: '' };
    const first = await sessionAction(token, sessionOf(series, 1).id, 'complete', body);
    const retry = await sessionAction(token, sessionOf(series, 1).id, 'complete', body);
    const again = await sessionAction(token, sessionOf(series, 1).id, 'complete', { ...body, version: 2 });
    expect([first.status, retry.status, again.status]).toEqual([200, 409, 409]);
    expect(summary(series)).toEqual([['post_treatment_72h', 'Post-treatment check after visit 1 of 3', 'due', '']]);
  });

  it('cancelling visit 2 asks to rebook visit 2 (not "visit 3"); booking a visit completes that call', async () => {
    const { series, token } = await afterVisit1();
    await sessionAction(token, sessionOf(series, 1).id, 'complete', { version: 1, treatedAreas: ['face'], notes: '' });
    const cancelled = await sessionAction(token, sessionOf(series, 2).id, 'cancel', { version: 1 });
    expect(summary(series)).toContainEqual(['book_next_session', 'Rebook visit 2 of 3 (cancelled)', 'due', '']);

    const added = await api<TreatmentSeries>(`/series/${series.id}/sessions`, {
      token,
      body: { version: cancelled.body.version, start: '2027-03-15T14:00:00.000Z', durationMinutes: 45 },
    });
    expect(added.status).toBe(200);
    const bookNext = callsOf(series).find((call) => call.reason === 'book_next_session');
    expect(bookNext).toMatchObject({
      status: 'done',
      outcomeNote: 'Every planned visit is booked',
      doneAt: clock.nowIso(),
    });
  });

  it('discontinuing the series cancels its open calls with the reason and leaves the done ones', async () => {
    const { series, token } = await afterVisit1();
    await sessionAction(token, sessionOf(series, 1).id, 'no-show', { version: 1 });
    const current = db.series.get(series.id);
    const stop = await api<TreatmentSeries>(`/series/${series.id}/discontinue`, {
      token,
      body: { version: current?.version, reason: 'Moved out of state' },
    });
    expect(stop.status).toBe(200);
    expect(summary(series)).toEqual([
      ['book_next_session', 'Rebook visit 1 of 3 (missed)', 'cancelled', 'Series discontinued: Moved out of state'],
    ]);
  });
});
