import { accounts } from '@tests/fixtures';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import { problemTypes } from '@/lib/problem';
import { buildContactRequest } from '../../../data/factories';
import { latestAudit, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';
import { book, bookingBody, elenaId, somePatient } from './series-fixtures';

setUpMockApi('typical');

// Mondays in February and March 2027, 10:00 and 11:00 in New York (EST, UTC-5).
const feb1At10 = '2027-02-01T15:00:00.000Z';
const feb15At10 = '2027-02-15T15:00:00.000Z';
const mar1At10 = '2027-03-01T15:00:00.000Z';

let token = '';
let request: ContactRequest;
beforeEach(async () => {
  token = await signIn(accounts.front_desk);
  request = buildContactRequest({
    name: 'Rita Request',
    phone: '+16175550999',
    email: 'rita@example.com',
    status: 'contacting',
  });
  db.contactRequests.set(request.id, request);
});

const counts = () => ({ series: db.series.size, sessions: db.sessions.size, patients: db.patients.size });

describe('POST /series', () => {
  it('books every session from a request: creates the patient and marks the request booked', async () => {
    const answer = await book(
      token,
      bookingBody([feb1At10, feb15At10, mar1At10], { patientId: null, requestId: request.id }),
    );
    expect(answer.status).toBe(201);
    const series = answer.body;
    expect(series).toMatchObject({
      patientName: 'Rita Request',
      clinicianId: elenaId(),
      requestId: request.id,
      status: 'active',
      progress: 'on_track',
      version: 1,
    });
    expect(series.sessions.map((session) => [session.number, session.start, session.status])).toEqual([
      [1, feb1At10, 'scheduled'],
      [2, feb15At10, 'scheduled'],
      [3, mar1At10, 'scheduled'],
    ]);
    expect(db.patients.get(series.patientId)).toMatchObject({
      name: 'Rita Request',
      phone: '+16175550999',
      email: 'rita@example.com',
    });
    expect(db.contactRequests.get(request.id)).toMatchObject({
      status: 'booked',
      patientId: series.patientId,
      version: 2,
    });
    expect(latestAudit(3).map((entry) => [entry.entity, entry.action])).toEqual([
      ['contact_request', 'book'],
      ['treatment_series', 'book'],
      ['patient', 'create'],
    ]);
  });

  it('creates nothing when visit 3 clashes, and names the clash with the next free slots', async () => {
    const first = await book(token, bookingBody([mar1At10]));
    const other = first.body.sessions[0];
    const before = counts();
    const answer = await book(
      token,
      bookingBody(['2027-02-01T16:00:00.000Z', '2027-02-15T16:00:00.000Z', '2027-03-01T15:15:00.000Z'], {
        patientId: null,
        requestId: request.id,
      }),
    );
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      type: problemTypes.scheduleConflict,
      sessionIndex: 2,
      detail: `Visit 3: Elena Park already sees ${somePatient().name} on Mon 1 Mar, 10:00–10:45.`,
      clashes: [
        {
          sessionId: other?.id,
          start: mar1At10,
          end: '2027-03-01T15:45:00.000Z',
          patientName: somePatient().name,
          clinicianId: elenaId(),
        },
      ],
      nextFreeSlots: ['2027-03-01T15:45:00.000Z', '2027-03-01T16:00:00.000Z', '2027-03-01T16:15:00.000Z'],
    });
    expect(counts()).toEqual(before);
    expect(db.contactRequests.get(request.id)?.status).toBe('contacting');
  });

  it('answers 422 naming the session outside working hours', async () => {
    const answer = await book(token, bookingBody([feb1At10, '2027-02-16T15:00:00.000Z']));
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual({ 'sessions.1.start': ['Visit 2: The clinician does not work on Tuesdays'] });
  });

  it('answers 422 when a session is before the previous one or in the past', async () => {
    const outOfOrder = await book(token, bookingBody([feb15At10, feb1At10]));
    expect(outOfOrder.body.errors).toEqual({ 'sessions.1.start': ['Visit 2 must start after visit 1 ends'] });
    const past = await book(token, bookingBody(['2026-11-23T15:00:00.000Z']));
    expect(past.body.errors).toEqual({ 'sessions.0.start': ['Visit 1: choose a time in the future'] });
    const missing = await book(token, bookingBody([feb1At10], { plannedSessions: 3 }));
    expect(missing.body.errors).toEqual({ sessions: ['Book every planned visit'] });
  });

  it('books once for the same idempotency key', async () => {
    const body = bookingBody([feb1At10, feb15At10]);
    const before = counts();
    const first = await book(token, body);
    const retry = await book(token, body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    expect(counts()).toEqual({ ...before, series: before.series + 1, sessions: before.sessions + 2 });
  });
});
