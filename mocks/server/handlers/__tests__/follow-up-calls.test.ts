import { accounts, fixedNow } from '@tests/fixtures';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/features/audit/schemas';
import type { FollowUpCall, FollowUpCounts, FollowUpDetail, FollowUpRow } from '@/features/follow-up-calls/schemas';
import { clinicDate, clinicTimeOfDay } from '@/lib/clinic-time';
import { type Problem, problemTypes } from '@/lib/problem';
import type { Paged } from '@/lib/schema-fields';
import { api, latestAudit, type OrProblem, setUpMockApi, signIn, staffIdOf } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('typical');

const tz = 'America/New_York';
const today = '2026-11-25';
let token = '';
beforeEach(async () => {
  token = await signIn(accounts.front_desk);
});

const list = (query: Record<string, string | number>, as = token) =>
  api<Paged<FollowUpRow>>('/follow-ups', { token: as, query: { pageSize: 100, ...query } });
const record = (id: string, body: Record<string, unknown>, as = token) =>
  api<OrProblem<FollowUpCall>>(`/follow-ups/${id}/outcome`, { token: as, body });
const openCalls = () =>
  [...db.followUps.values()].filter((call) => call.status === 'due' || call.status === 'no_answer');

function openCall(predicate: (call: FollowUpCall) => boolean = () => true): FollowUpCall {
  const call = openCalls().find(predicate);
  if (!call) throw new Error('The typical clinic has such an open call');
  return call;
}

describe('GET /follow-ups and /follow-ups/counts', () => {
  it('puts open calls in buckets by clinic day, and counts them with the same filters', async () => {
    const [overdue, dueToday, upcoming, done] = await Promise.all(
      ['overdue', 'today', 'upcoming', 'done_recently'].map((bucket) => list({ bucket })),
    );
    expect(overdue?.body.items.length).toBeGreaterThan(0);
    expect(overdue?.body.items.every((call) => clinicDate(call.dueAt, tz) < today)).toBe(true);
    expect(dueToday?.body.items.every((call) => clinicDate(call.dueAt, tz) === today)).toBe(true);
    expect(upcoming?.body.items.every((call) => clinicDate(call.dueAt, tz) > today)).toBe(true);
    expect(upcoming?.body.items.every((call) => clinicDate(call.dueAt, tz) <= '2026-12-02')).toBe(true);
    expect(done?.body.items.every((call) => call.status === 'done' || call.status === 'cancelled')).toBe(true);
    const dueTimes = overdue?.body.items.map((call) => call.dueAt) ?? [];
    expect(dueTimes).toEqual([...dueTimes].sort());

    const counts = await api<FollowUpCounts>('/follow-ups/counts', { token });
    expect(counts.body).toEqual({
      overdue: overdue?.body.total,
      today: dueToday?.body.total,
      upcoming: upcoming?.body.total,
      doneRecently: done?.body.total,
    });
  });

  it('filters by reason and assignee, and says what each call is about', async () => {
    const checks = await list({ reason: 'post_treatment_72h' });
    expect(checks.body.total).toBeGreaterThan(0);
    for (const call of checks.body.items) {
      expect(call.reason).toBe('post_treatment_72h');
      expect(call.about).toMatchObject({ sessionId: call.subject.id, visitNumber: expect.any(Number) });
    }
    const mine = await list({ assignee: 'me' });
    expect(mine.body.total).toBeGreaterThan(0);
    expect(mine.body.items.every((call) => call.assigneeId === staffIdOf(accounts.front_desk))).toBe(true);
    const unassigned = await list({ assignee: 'unassigned', reason: 'book_next_session' });
    expect(unassigned.body.items.every((call) => call.assigneeId === null && call.reason === 'book_next_session')).toBe(
      true,
    );
    const counts = await api<FollowUpCounts>('/follow-ups/counts', { token, query: { assignee: 'me' } });
    const mineOpen = mine.body.items.filter((call) => call.status === 'due' || call.status === 'no_answer');
    expect(counts.body.overdue + counts.body.today + counts.body.upcoming).toBeLessThanOrEqual(mineOpen.length);
  });
});

describe('GET /follow-ups/:id', () => {
  it('brings the contact details and the series position; clinical notes only for clinical roles', async () => {
    const call = openCall((candidate) => candidate.reason === 'post_treatment_72h');
    const asDesk = await api<FollowUpDetail>(`/follow-ups/${call.id}`, { token });
    const patient = db.patients.get(call.patientId ?? '');
    expect(asDesk.body.contact).toMatchObject({ phone: patient?.phone, email: patient?.email });
    expect(asDesk.body.series?.lastVisit?.notes).toBeNull();
    expect(asDesk.body.series?.lastVisit?.treatedAreas.length).toBeGreaterThan(0);
    const admin = await signIn(accounts.admin);
    const asAdmin = await api<FollowUpDetail>(`/follow-ups/${call.id}`, { token: admin });
    expect(asAdmin.body.series?.lastVisit?.notes).toEqual(expect.any(String));
  });
});

describe('POST /follow-ups/:id/outcome', () => {
  it('a concern on the 72-hour call gives the treating clinician a review item, on the session and in the audit', async () => {
    const call = openCall((candidate) => candidate.reason === 'post_treatment_72h');
    const answers = {
      reason: 'post_treatment_72h',
      walked: 'yes',
      stockings: 'no',
      noFlying: 'yes',
      avoidedHeatAndExercise: 'yes',
      concerns: ['swelling', 'redness'],
      concernNote: 'Left calf swollen since yesterday',
      reviewId: null,
    };
    const answer = await record(call.id, { version: call.version, outcome: 'done', note: 'Called at 10', answers });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'done', doneById: staffIdOf(accounts.front_desk), doneAt: fixedNow });
    const reviewId = answer.body.answers?.reason === 'post_treatment_72h' ? answer.body.answers.reviewId : null;
    const review = db.reviews.get(reviewId ?? '');
    const session = db.sessions.get(call.subject.id);
    expect(review).toMatchObject({ sessionId: session?.id, clinicianId: session?.clinicianId, status: 'open' });
    expect(review?.concerns).toEqual(['swelling', 'redness']);

    const reviews = await api<Paged<{ id: string }>>('/reviews', {
      token,
      query: { clinicianId: session?.clinicianId ?? '', status: 'open' },
    });
    expect(reviews.body.items.map((item) => item.id)).toContain(reviewId);
    const [callEntry, sessionEntry] = latestAudit(2);
    expect(callEntry).toMatchObject<Partial<AuditEntry>>({
      entity: 'follow_up_call',
      entityId: call.id,
      action: 'done',
    });
    expect(sessionEntry).toMatchObject<Partial<AuditEntry>>({
      entity: 'session',
      entityId: session?.id,
      action: 'review_requested',
    });
  });

  it('no answer keeps the call open with the next attempt inside opening hours, two hours on at least', async () => {
    const call = openCall((candidate) => candidate.status === 'due' && candidate.attempts.length === 0);
    const answer = await record(call.id, { version: call.version, outcome: 'voicemail', note: 'Left a message' });
    expect(answer.body).toMatchObject({ status: 'no_answer', attempts: [{ outcome: 'voicemail', at: fixedNow }] });
    expect(Date.parse(answer.body.dueAt) - Date.parse(fixedNow)).toBeGreaterThanOrEqual(2 * 3_600_000);
    expect(clinicTimeOfDay(answer.body.dueAt, tz) >= '08:00').toBe(true);
    expect(latestAudit()[0]?.summary).toContain('voicemail left, next attempt');
  });

  it('postpones inside opening hours only, which moves the call between buckets', async () => {
    const call = openCall((candidate) => clinicDate(candidate.dueAt, tz) < today);
    const closed = await record(call.id, {
      version: call.version,
      outcome: 'postponed',
      note: '',
      dueAt: '2026-11-26T03:00:00Z',
    });
    expect(closed.status).toBe(422);
    expect(closed.body.errors?.dueAt).toEqual(['Choose a time inside opening hours on a day the clinic is open.']);
    const tomorrow = '2026-11-26T15:00:00.000Z';
    const moved = await record(call.id, {
      version: call.version,
      outcome: 'postponed',
      note: 'Asked',
      dueAt: tomorrow,
    });
    expect(moved.body).toMatchObject({ status: 'due', dueAt: tomorrow });
    const upcoming = await list({ bucket: 'upcoming' });
    expect(upcoming.body.items.map((item) => item.id)).toContain(call.id);
  });

  it('cancelling needs a reason; a stale version is refused with the newer call', async () => {
    const call = openCall();
    const noReason = await record(call.id, { version: call.version, outcome: 'cancelled', reason: '' });
    expect(noReason.status).toBe(422);
    const cancelled = await record(call.id, { version: call.version, outcome: 'cancelled', reason: 'Moved away' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Moved away' });
    const stale = await record(call.id, { version: call.version, outcome: 'done', note: '', answers: null });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      type: problemTypes.staleVersion,
      current: { id: call.id, status: 'cancelled' },
    });
    const again = await record(call.id, { version: call.version + 1, outcome: 'done', note: '', answers: null });
    expect(again.body.detail).toBe('This call is already cancelled: nothing left to record.');
  });

  it('lets a clinician work only the calls of their own patients', async () => {
    const clinicianId = staffIdOf(accounts.clinician);
    const clinician = await signIn(accounts.clinician);
    const ownPatients = new Set(
      [...db.series.values()].filter((series) => series.clinicianId === clinicianId).map((series) => series.patientId),
    );
    const others = openCall((candidate) => candidate.patientId !== null && !ownPatients.has(candidate.patientId));
    const refused = await record(others.id, { version: others.version, outcome: 'no_answer', note: '' }, clinician);
    expect(refused.status).toBe(403);
    const own = openCall((candidate) => candidate.patientId !== null && ownPatients.has(candidate.patientId));
    const allowed = await record(own.id, { version: own.version, outcome: 'no_answer', note: '' }, clinician);
    expect(allowed.status).toBe(200);
  });
});

describe('POST /follow-ups/callbacks', () => {
  it('creates a callback once per idempotency key, due when the person asked', async () => {
    const request = [...db.contactRequests.values()].find((candidate) => candidate.status === 'contacting');
    const body = {
      idempotencyKey: 'callback-key-1',
      requestId: request?.id,
      dueAt: '2026-11-27T19:30:00.000Z',
      note: 'After work',
    };
    const first = await api<FollowUpCall>('/follow-ups/callbacks', { token, body });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      reason: 'request_callback',
      dueAt: body.dueAt,
      subject: { kind: 'request', id: request?.id },
    });
    const again = await api<FollowUpCall>('/follow-ups/callbacks', { token, body });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(latestAudit()[0]).toMatchObject({ entityId: first.body.id, action: 'create' });
    const past = await api<Problem>('/follow-ups/callbacks', {
      token,
      body: { ...body, idempotencyKey: 'callback-key-2', dueAt: '2026-11-20T15:00:00Z' },
    });
    expect(past.status).toBe(422);
  });

  it('refuses a time outside opening hours or on a closed day, naming the field', async () => {
    const request = [...db.contactRequests.values()].find((candidate) => candidate.status === 'new');
    const at = (idempotencyKey: string, dueAt: string) =>
      api<Problem>('/follow-ups/callbacks', {
        token,
        body: { idempotencyKey, requestId: request?.id, dueAt, note: '' },
      });
    // Friday 27 November 19:00 in New York, after closing; Sunday 29 November at noon, closed all day.
    for (const [key, dueAt] of [
      ['callback-late', '2026-11-28T00:00:00.000Z'],
      ['callback-sunday', '2026-11-29T17:00:00.000Z'],
    ] as const) {
      const refused = await at(key, dueAt);
      expect(refused.status).toBe(422);
      expect(refused.body.errors?.dueAt).toEqual(['Choose a time inside opening hours on a day the clinic is open.']);
    }
    expect([...db.followUps.values()].some((call) => call.subject.id === request?.id)).toBe(false);
  });
});

describe('POST /reviews/:id/resolve', () => {
  it('is for the treating clinician or an admin', async () => {
    const call = openCall((candidate) => candidate.reason === 'post_treatment_72h');
    const answers = {
      reason: 'post_treatment_72h',
      walked: null,
      stockings: null,
      noFlying: null,
      avoidedHeatAndExercise: null,
      concerns: ['pain'],
      concernNote: '',
      reviewId: null,
    };
    await record(call.id, { version: call.version, outcome: 'done', note: '', answers });
    const review = [...db.reviews.values()][0];
    if (!review) throw new Error('The concern raised a review');
    const path = `/reviews/${review.id}/resolve`;
    const desk = await api<Problem>(path, { token, body: { version: review.version, note: 'Seen' } });
    expect(desk.status).toBe(403);
    const admin = await signIn(accounts.admin);
    const resolved = await api(path, { token: admin, body: { version: review.version, note: 'Called her back' } });
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolutionNote: 'Called her back',
      resolvedById: staffIdOf(accounts.admin),
    });
    expect(latestAudit()[0]).toMatchObject({ action: 'review_resolved', entityId: review.sessionId });
  });
});

describe('booking from a call', () => {
  it('lets the front desk book a planned visit that is missing, not extend a full series', async () => {
    const series = [...db.series.values()].find((candidate) => {
      if (candidate.status !== 'active') return false;
      const kept = [...db.sessions.values()].filter(
        (session) =>
          session.seriesId === candidate.id && (session.status === 'scheduled' || session.status === 'completed'),
      );
      return kept.length === candidate.plannedSessions - 1;
    });
    if (!series) throw new Error('The typical clinic has a series one visit short');
    const add = (start: string, version: number) =>
      api<Problem>(`/series/${series.id}/sessions`, { token, body: { version, start, durationMinutes: 45 } });
    const booked = await add('2027-03-17T15:00:00.000Z', series.version);
    expect(booked.body.errors).toBeUndefined();
    expect(booked.status).toBe(200);
    const full = db.series.get(series.id);
    const extend = await add('2027-04-14T15:00:00.000Z', full?.version ?? 0);
    expect(extend.status).toBe(403);
  });
});
