import { accounts } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import type { FollowUpCall } from '@/features/follow-up-calls/schemas';
import type { TreatmentSeries } from '@/features/treatment-series/schemas';
import type { Problem } from '@/lib/problem';
import { clock } from '../../../runtime/clock';
import { api, latestAudit, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';
import { bookThree, feb1At10, feb15At10, mar1At10, sessionAction, sessionOf } from './series-fixtures';

setUpMockApi('typical');

const callsAbout = (id: string): FollowUpCall[] => [...db.followUps.values()].filter((call) => call.subject.id === id);

describe('series changes', () => {
  it('lets a clinician add a session after the last one, extending the plan', async () => {
    const series = await bookThree([feb1At10, feb15At10]);
    const token = await signIn(accounts.clinician);
    const added = await api<TreatmentSeries>(`/series/${series.id}/sessions`, {
      token,
      body: { version: 1, start: mar1At10, durationMinutes: 60 },
    });
    expect(added.body).toMatchObject({ plannedSessions: 3, version: 2 });
    expect(sessionOf(added.body, 3)).toMatchObject({ start: mar1At10, durationMinutes: 60, status: 'scheduled' });
    const early = await api<Problem>(`/series/${series.id}/sessions`, {
      token,
      body: { version: 2, start: '2027-02-03T15:00:00.000Z', durationMinutes: 45 },
    });
    expect(early.body.errors).toEqual({ start: ['Visit 4 must start after visit 3 ends'] });
  });

  it('refuses adding sessions and discontinuing to front desk staff', async () => {
    const series = await bookThree();
    const token = await signIn(accounts.front_desk);
    const add = await api<Problem>(`/series/${series.id}/sessions`, {
      token,
      body: { version: 1, start: '2027-03-15T14:00:00.000Z', durationMinutes: 45 },
    });
    expect(add.status).toBe(403);
    const stop = await api<Problem>(`/series/${series.id}/discontinue`, {
      token,
      body: { version: 1, reason: 'Moved away' },
    });
    expect(stop.status).toBe(403);
  });

  it('discontinues: cancels the future sessions and the calls still due about the series', async () => {
    const series = await bookThree();
    clock.setNow('2027-02-01T16:00:00.000Z');
    let token = await signIn(accounts.front_desk);
    await sessionAction(token, sessionOf(series, 1).id, 'no-show', { version: 1 });
    token = await signIn(accounts.clinician);
    const answer = await api<TreatmentSeries>(`/series/${series.id}/discontinue`, {
      token,
      body: { version: 2, reason: 'Moved out of state' },
    });
    expect(answer.body).toMatchObject({
      status: 'discontinued',
      progress: 'discontinued',
      discontinuedReason: 'Moved out of state',
    });
    expect(answer.body.sessions.map((session) => session.status)).toEqual(['no_show', 'cancelled', 'cancelled']);
    expect(callsAbout(series.id).map((call) => call.status)).toEqual(['cancelled']);
    expect(latestAudit()[0]).toMatchObject({
      entity: 'treatment_series',
      action: 'discontinue',
      actorName: 'Elena Park',
    });
  });
});
