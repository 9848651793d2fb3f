import { accounts, fixedNow } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import type { TodayVisit, WeekFigures } from '@/features/today/schemas';
import { clock } from '../../../runtime/clock';
import { api, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';
import { bookThree, sessionAction, sessionOf } from './series-fixtures';

setUpMockApi('typical');

describe('GET /today/visits', () => {
  it('lists the visits of a range in order, with the last completed visit and screening flags', async () => {
    const series = await bookThree();
    clock.setNow('2027-02-01T16:00:00.000Z');
    const token = await signIn(accounts.clinician);
    await sessionAction(token, sessionOf(series, 1).id, 'complete', { version: 1, treatedAreas: ['face'], notes: '' });
    const patient = db.patients.get(series.patientId);
    if (patient) db.patients.set(patient.id, { ...patient, screeningFlags: ['anticoagulants'] });
    const answer = await api<TodayVisit[]>('/today/visits', {
      token,
      query: { from: '2027-02-15T05:00:00.000Z', to: '2027-02-16T05:00:00.000Z', clinicianId: series.clinicianId },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.map((visit) => [visit.number, visit.previousVisitStart, visit.screeningFlags])).toEqual([
      [2, sessionOf(series, 1).start, ['anticoagulants']],
    ]);
  });

  it('leaves cancelled visits out', async () => {
    const series = await bookThree();
    const token = await signIn(accounts.front_desk);
    await sessionAction(token, sessionOf(series, 2).id, 'cancel', { version: 1 });
    const answer = await api<TodayVisit[]>('/today/visits', {
      token,
      query: { from: '2027-02-15T05:00:00.000Z', to: '2027-02-16T05:00:00.000Z', clinicianId: series.clinicianId },
    });
    expect(answer.body).toEqual([]);
  });
});

describe('GET /today/week-figures', () => {
  it('is for admins only', async () => {
    const answer = await api('/today/week-figures', { token: await signIn(accounts.front_desk) });
    expect(answer.status).toBe(403);
  });

  it("counts this week's requests, first contacts, visits and ended series from Monday in clinic time", async () => {
    const answer = await api<WeekFigures>('/today/week-figures', { token: await signIn(accounts.admin) });
    expect(answer.status).toBe(200);
    // fixedNow is Wednesday 25 November: the week began Monday 23 November, 00:00 in New York.
    expect(answer.body).toMatchObject({
      from: '2026-11-23T05:00:00.000Z',
      to: fixedNow,
      responseTargetBusinessDays: 1,
    });
    const weekMs = Date.parse('2026-11-23T05:00:00.000Z');
    const received = [...db.contactRequests.values()].filter((request) => Date.parse(request.receivedAt) >= weekMs);
    expect(answer.body.requestsReceived).toBe(received.length);
    const recorded = [...db.sessions.values()].filter(
      (session) =>
        (session.status === 'completed' || session.status === 'no_show') &&
        Date.parse(session.start) >= weekMs &&
        Date.parse(session.start) < Date.parse(fixedNow),
    );
    expect(answer.body.visitsRecorded).toBe(recorded.length);
    expect(answer.body.noShows).toBe(recorded.filter((session) => session.status === 'no_show').length);
  });
});
