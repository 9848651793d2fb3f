import { beforeEach, describe, expect, it } from 'vitest';
import type { PatientHistoryEntry } from '@/features/patients/history-schemas';
import type { PatientRow } from '@/features/patients/search-schemas';
import type { Paged } from '@/lib/schema-fields';
import { api, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('typical');

let token = '';
beforeEach(async () => {
  token = await signIn();
});

const search = async (body: Record<string, unknown>) => {
  const answer = await api<Paged<PatientRow>>('/patients/search', { token, body: { pageSize: 100, ...body } });
  expect(answer.status).toBe(200);
  return answer.body;
};

describe('patient search (POST /patients/search)', () => {
  it('finds a patient by any format of their phone number, or part of it', async () => {
    const patient = [...db.patients.values()][3];
    if (!patient) throw new Error('The typical seed has patients');
    const local = patient.phone.slice(-10);
    const formatted = `(${local.slice(0, 3)}) ${local.slice(3, 6)}-${local.slice(6)}`;
    expect((await search({ text: formatted })).items.map((row) => row.id)).toContain(patient.id);
    expect((await search({ text: local.slice(-7) })).items.map((row) => row.id)).toContain(patient.id);
    expect((await search({ text: patient.name.toUpperCase() })).items.map((row) => row.id)).toContain(patient.id);
  });

  it('ignores text in a query string: only the body is read', async () => {
    const answer = await api('/patients/search', { token, body: {}, query: { text: 'moss' } });
    // The query string is ignored: the body (empty) decides, so every patient comes back.
    expect((answer.body as Paged<PatientRow>).total).toBe(db.patients.size);
  });

  it('filters by active series, needs booking and flags needing review', async () => {
    const all = await search({});
    expect(all.total).toBe(db.patients.size);

    const active = await search({ activeSeries: true });
    expect(active.total).toBeGreaterThan(0);
    for (const row of active.items) {
      const stored = [...db.series.values()].filter((series) => series.patientId === row.id);
      expect(stored.some((series) => series.status === 'active')).toBe(true);
    }

    const unbooked = await search({ needsBooking: true });
    expect(unbooked.total).toBeGreaterThan(0);
    expect(unbooked.items.every((row) => ['needs_booking', 'overdue'].includes(row.currentSeries?.state ?? ''))).toBe(
      true,
    );
    expect(unbooked.total).toBeLessThan(active.total);

    const review = await search({ needsReview: true });
    const flagged = [...db.patients.values()].filter((patient) => patient.screeningFlags.length > 0);
    expect(review.items.map((row) => row.id).sort()).toEqual(flagged.map((patient) => patient.id).sort());
  });

  it('sorts by next visit (patients without one last) and pages', async () => {
    const soonest = await search({ sort: 'nextVisit', order: 'asc' });
    const visits = soonest.items.map((row) => row.nextVisitAt);
    const booked = visits.filter((at) => at !== null);
    expect(booked.length).toBeGreaterThan(1);
    expect(booked).toEqual([...booked].sort());
    expect(visits.slice(booked.length).every((at) => at === null)).toBe(true);

    const page2 = await search({ sort: 'name', pageSize: 5, page: 2 });
    const names = (await search({ sort: 'name' })).items.slice(5, 10).map((row) => row.id);
    expect(page2.items.map((row) => row.id)).toEqual(names);
  });

  it('answers the row a staff member scans: series state, next visit, last contact, flags', async () => {
    const withSeries = [...db.series.values()].find((series) => series.status === 'active');
    if (!withSeries) throw new Error('The typical seed has an active series');
    const patient = db.patients.get(withSeries.patientId);
    const row = (await search({ text: patient?.name })).items.find((item) => item.id === withSeries.patientId);
    expect(row?.currentSeries).toMatchObject({ id: withSeries.id, plannedVisits: withSeries.plannedSessions });
    const attempts = [...db.contactRequests.values()]
      .filter((request) => request.patientId === withSeries.patientId)
      .flatMap((request) => request.attempts.map((attempt) => attempt.at));
    const calls = [...db.followUps.values()]
      .filter((call) => call.patientId === withSeries.patientId && call.doneAt)
      .map((call) => call.doneAt ?? '');
    const newest = [...attempts, ...calls].sort().at(-1) ?? null;
    expect(row?.lastContactAt).toBe(newest);
  });

  it("gives a patient's history with their requests, series and visits (GET /patients/:id/history)", async () => {
    const visitEntry = db.audit.find((entry) => {
      const session = entry.entity === 'session' ? db.sessions.get(entry.entityId) : undefined;
      return session && db.series.get(session.seriesId)?.requestId;
    });
    const session = visitEntry && db.sessions.get(visitEntry.entityId);
    const series = session && db.series.get(session.seriesId);
    if (!series) throw new Error('The typical seed has a visit with an outcome in a series booked from a request');
    const answer = await api<{ items: PatientHistoryEntry[] }>(`/patients/${series.patientId}/history`, { token });
    const subjects = new Set(answer.body.items.map((entry) => entry.about));
    expect([...subjects]).toEqual(expect.arrayContaining(['request', 'series', 'visit']));
    const others = db.audit.filter((entry) => entry.entity === 'staff' || entry.entity === 'settings');
    expect(answer.body.items.some((entry) => others.some((other) => other.id === entry.id))).toBe(false);
    const times = answer.body.items.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
  });
});
