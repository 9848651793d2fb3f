import { accounts } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import type { FollowUpCall } from '@/features/follow-up-calls/schemas';
import { problemTypes } from '@/lib/problem';
import { clock } from '../../../runtime/clock';
import { latestAudit, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';
import { bookThree, feb1At10, feb15At10, mar1At10, sessionAction, sessionOf } from './series-fixtures';

setUpMockApi('typical');

/** Moves the mock clock (and signs in again: a token lasts 12 hours). */
async function at(iso: string, email: string): Promise<string> {
  clock.setNow(iso);
  return signIn(email);
}

const callsAbout = (ids: string[]): FollowUpCall[] =>
  [...db.followUps.values()]
    .filter((call) => ids.includes(call.subject.id))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));

describe('POST /sessions/:id/complete', () => {
  it('is refused to front desk staff (403)', async () => {
    const series = await bookThree();
    const token = await at('2027-02-01T16:00:00.000Z', accounts.front_desk);
    const answer = await sessionAction(token, sessionOf(series, 1).id, 'complete', {
      version: 1,
      treatedAreas: ['left_leg'],
      notes: '',
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({
      type: problemTypes.forbidden,
      detail: 'Only clinicians or admins can complete sessions and record clinical notes.',
    });
  });

  it('records the outcome and creates the 72-hour check; a "book next" call once a session is missing', async () => {
    const series = await bookThree();
    let token = await at('2027-02-01T16:00:00.000Z', accounts.clinician);
    const first = await sessionAction(token, sessionOf(series, 1).id, 'complete', {
      version: 1,
      treatedAreas: ['left_leg', 'right_leg'],
      notes: 'Tolerated well',
    });
    expect(sessionOf(first.body, 1)).toMatchObject({
      status: 'completed',
      treatedAreas: ['left_leg', 'right_leg'],
      notes: 'Tolerated well',
      version: 2,
    });
    expect(callsAbout([sessionOf(series, 1).id]).map((call) => [call.reason, call.dueAt, call.status])).toEqual([
      ['post_treatment_72h', '2027-02-04T15:45:00.000Z', 'due'],
    ]);

    await sessionAction(token, sessionOf(series, 3).id, 'cancel', { version: 1 });
    const bookNext = () => callsAbout([series.id]).map((call) => [call.reason, call.dueAt, call.note, call.status]);
    // The next open day at opening time: Tuesday 2 February, 08:00 in New York.
    expect(bookNext()).toEqual([
      ['book_next_session', '2027-02-02T13:00:00.000Z', 'Rebook visit 3 of 3 (cancelled)', 'due'],
    ]);
    token = await at('2027-02-15T16:00:00.000Z', accounts.clinician);
    await sessionAction(token, sessionOf(series, 2).id, 'complete', {
      version: 1,
      treatedAreas: ['right_leg'],
      notes: '',
    });
    // Still the one book-next call: completing visit 2 adds its own 72-hour check only.
    expect(bookNext()).toEqual([
      ['book_next_session', '2027-02-02T13:00:00.000Z', 'Rebook visit 3 of 3 (cancelled)', 'due'],
    ]);
    expect(callsAbout([sessionOf(series, 2).id]).map((call) => call.reason)).toEqual(['post_treatment_72h']);
    expect(latestAudit(2).map((entry) => entry.action)).toEqual(['create', 'complete']);
  });

  it('completes the series with its last session', async () => {
    const series = await bookThree([feb1At10]);
    const token = await at('2027-02-01T16:00:00.000Z', accounts.clinician);
    const answer = await sessionAction(token, sessionOf(series, 1).id, 'complete', {
      version: 1,
      treatedAreas: ['face'],
      notes: '',
    });
    expect(answer.body).toMatchObject({ status: 'completed', progress: 'completed' });
    expect(latestAudit(3).map((entry) => [entry.entity, entry.action])).toEqual([
      ['follow_up_call', 'create'],
      ['follow_up_call', 'create'],
      ['treatment_series', 'complete'],
    ]);
    // 21 days after the visit ended (Mon 1 Feb 10:45), inside opening hours.
    expect(callsAbout([series.id]).map((call) => [call.reason, call.dueAt])).toEqual([
      ['series_complete_check_in', '2027-02-22T15:45:00.000Z'],
    ]);
  });

  it('refuses to complete a session that has not started', async () => {
    const series = await bookThree();
    const answer = await sessionAction(await signIn(accounts.clinician), sessionOf(series, 1).id, 'complete', {
      version: 1,
      treatedAreas: ['face'],
      notes: '',
    });
    expect(answer.status).toBe(409);
    expect(answer.body.detail).toBe('Visit 1 has not started yet: cannot complete it before it begins.');
  });
});

describe('POST /sessions/:id/no-show', () => {
  it('marks the no-show and creates the rebooking call', async () => {
    const series = await bookThree();
    const token = await at('2027-02-01T16:00:00.000Z', accounts.front_desk);
    const answer = await sessionAction(token, sessionOf(series, 1).id, 'no-show', { version: 1 });
    expect(sessionOf(answer.body, 1).status).toBe('no_show');
    expect(callsAbout([series.id]).map((call) => [call.reason, call.dueAt, call.note])).toEqual([
      ['book_next_session', '2027-02-02T13:00:00.000Z', 'Rebook visit 1 of 3 (missed)'],
    ]);
  });
});

describe('POST /sessions/:id/reschedule', () => {
  it('shifts the later sessions by the same days at the same local time, across the DST change', async () => {
    const series = await bookThree([
      '2027-02-22T15:00:00.000Z',
      '2027-03-08T15:00:00.000Z',
      '2027-03-22T14:00:00.000Z',
    ]);
    const token = await signIn(accounts.front_desk);
    const answer = await sessionAction(token, sessionOf(series, 1).id, 'reschedule', {
      version: 1,
      start: mar1At10,
      durationMinutes: 45,
      shiftLater: true,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.sessions.map((session) => session.start)).toEqual([
      mar1At10,
      '2027-03-15T14:00:00.000Z', // 10:00 EDT
      '2027-03-29T14:00:00.000Z',
    ]);
    expect(latestAudit()[0]?.summary).toMatch(/visit 3 moved from Mon 22 Mar 10:00 to Mon 29 Mar 10:00$/);
  });

  it('changes nothing when a shifted session would clash (409 names it)', async () => {
    const series = await bookThree(['2027-02-22T15:00:00.000Z', '2027-03-08T15:00:00.000Z']);
    const blocker = await bookThree(['2027-03-15T14:00:00.000Z']);
    const token = await signIn(accounts.front_desk);
    const answer = await sessionAction(token, sessionOf(series, 1).id, 'reschedule', {
      version: 1,
      start: mar1At10,
      durationMinutes: 45,
      shiftLater: true,
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ sessionIndex: 1, clashes: [{ sessionId: sessionOf(blocker, 1).id }] });
    expect(db.sessions.get(sessionOf(series, 2).id)?.start).toBe('2027-03-08T15:00:00.000Z');
    expect(db.sessions.get(sessionOf(series, 1).id)?.start).toBe('2027-02-22T15:00:00.000Z');
  });

  it('refuses to move a session past the next one without shifting, and a stale version', async () => {
    const series = await bookThree();
    const token = await signIn(accounts.front_desk);
    const late = await sessionAction(token, sessionOf(series, 1).id, 'reschedule', {
      version: 1,
      start: '2027-02-17T15:00:00.000Z',
      durationMinutes: 45,
    });
    expect(late.status).toBe(422);
    expect(late.body.errors).toEqual({
      start: ['Visit 1 would be after visit 2: move the later visits too, or choose an earlier time'],
    });
    const stale = await sessionAction(token, sessionOf(series, 1).id, 'reschedule', {
      version: 7,
      start: '2027-02-03T15:00:00.000Z',
      durationMinutes: 45,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ type: problemTypes.staleVersion, current: { id: series.id, version: 1 } });
  });
});

describe('cancel and restore', () => {
  it('restores a cancelled session unless its slot was taken meanwhile', async () => {
    const series = await bookThree();
    const token = await signIn(accounts.front_desk);
    const cancelled = await sessionAction(token, sessionOf(series, 2).id, 'cancel', { version: 1 });
    expect(sessionOf(cancelled.body, 2).status).toBe('cancelled');
    expect(cancelled.body.version).toBe(2);
    const restored = await sessionAction(token, sessionOf(series, 2).id, 'restore', { version: 2 });
    expect(sessionOf(restored.body, 2)).toMatchObject({ status: 'scheduled', version: 3 });
    expect(latestAudit(4).map((entry) => [entry.action, entry.summary])).toEqual([
      ['done', `${series.patientName}: Book next visit call done: Every planned visit is booked`],
      ['restore', `${series.patientName}: visit 2 (Mon 15 Feb 10:00) restored`],
      ['create', `${series.patientName}: Book next visit call due Thu 26 Nov 08:00`],
      ['cancel', `${series.patientName}: visit 2 (Mon 15 Feb 10:00) cancelled`],
    ]);

    await sessionAction(token, sessionOf(series, 2).id, 'cancel', { version: 3 });
    await bookThree([feb15At10]);
    const clash = await sessionAction(token, sessionOf(series, 2).id, 'restore', { version: 4 });
    expect(clash.status).toBe(409);
    expect(clash.body.type).toBe(problemTypes.scheduleConflict);
    expect(db.sessions.get(sessionOf(series, 2).id)?.status).toBe('cancelled');
  });
});
