import { accounts, fixedNow } from '@tests/fixtures';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScheduleEntry } from '@/features/treatment-series/schedule-schemas';
import type { TreatmentSeries } from '@/features/treatment-series/schemas';
import type { Paged } from '@/lib/schema-fields';
import { api, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';
import { toSeriesResponse } from '../../model/series';
import { elenaId } from './series-fixtures';

setUpMockApi('typical');

let token = '';
beforeEach(async () => {
  token = await signIn(accounts.clinician);
});

const list = (query: Record<string, string | number>) => api<Paged<TreatmentSeries>>('/series', { token, query });
const allSeries = () => [...db.series.values()].map((series) => toSeriesResponse(series));

describe('GET /series', () => {
  it('filters by derived progress, clinician and patient', async () => {
    const wanted = allSeries().filter((series) => series.progress === 'overdue' || series.progress === 'needs_booking');
    const answer = await list({ progress: 'overdue,needs_booking', pageSize: 100 });
    expect(answer.body.total).toBe(wanted.length);
    expect(answer.body.total).toBeGreaterThan(5);
    expect(new Set(answer.body.items.map((series) => series.progress))).toEqual(new Set(['overdue', 'needs_booking']));

    const elenas = await list({ clinicianId: elenaId(), pageSize: 100 });
    expect(elenas.body.total).toBe(allSeries().filter((series) => series.clinicianId === elenaId()).length);
    expect(elenas.body.items.every((series) => series.clinicianId === elenaId())).toBe(true);

    const [some] = allSeries();
    const mine = await list({ patientId: some?.patientId ?? '' });
    expect(mine.body.items.map((series) => series.patientId)).toContain(some?.patientId);
  });

  it('puts the series with the next upcoming session first and pages', async () => {
    const answer = await list({ pageSize: 5, page: 1 });
    expect(answer.body).toMatchObject({ total: db.series.size, page: 1, pageSize: 5 });
    const nextStarts = answer.body.items.map((series) =>
      Math.min(
        ...series.sessions
          .filter((session) => session.status === 'scheduled' && session.start >= fixedNow)
          .map((session) => Date.parse(session.start)),
      ),
    );
    expect(nextStarts).toEqual([...nextStarts].sort((a, b) => a - b));
    const upcoming = [...db.sessions.values()].filter(
      (session) => session.status === 'scheduled' && session.start >= fixedNow,
    );
    expect(nextStarts[0]).toBe(Math.min(...upcoming.map((session) => Date.parse(session.start))));
  });

  it('sorts by patient name', async () => {
    const names = (await list({ sort: 'patient', pageSize: 100 })).body.items.map((series) => series.patientName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('answers 404 for an unknown series', async () => {
    expect((await api('/series/ser_99999', { token })).status).toBe(404);
  });
});

describe('GET /schedule', () => {
  it('returns the sessions overlapping the range, with patient names, for one clinician', async () => {
    const from = '2026-11-23T05:00:00.000Z';
    const to = '2026-11-30T05:00:00.000Z';
    const answer = await api<ScheduleEntry[]>('/schedule', { token, query: { from, to, clinicianId: elenaId() } });
    const expected = [...db.sessions.values()].filter(
      (session) => session.clinicianId === elenaId() && session.start >= from && session.start < to,
    );
    expect(answer.body.map((entry) => entry.id).sort()).toEqual(expected.map((session) => session.id).sort());
    expect(answer.body.length).toBeGreaterThan(0);
    const [first] = answer.body;
    const series = db.series.get(first?.seriesId ?? '');
    expect(first).toMatchObject({
      patientId: series?.patientId,
      patientName: db.patients.get(series?.patientId ?? '')?.name,
    });
    expect(answer.body.map((entry) => entry.start)).toEqual(answer.body.map((entry) => entry.start).sort());
  });

  it('refuses a range that is not a date and time', async () => {
    const answer = await api<{ errors: Record<string, string[]> }>('/schedule', {
      token,
      query: { from: 'monday', to: '2026-11-30T05:00:00Z' },
    });
    expect(answer.body.errors).toEqual({ from: ['Enter a valid date and time'] });
  });
});
