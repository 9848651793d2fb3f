import { describe, expect, it } from 'vitest';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import { buildContactRequest, buildIntakeSubmission } from '../../data/factories';
import { createRandom } from '../../data/random';
import { db } from '../db';
import { api, setUpMockApi, signIn } from './helpers';

setUpMockApi();

const keyed = (key: string) => ({ 'Idempotency-Key': key });

function addRequest(): ContactRequest {
  const request = buildContactRequest({ name: 'Ida Once' });
  db.contactRequests.set(request.id, request);
  return request;
}

describe('idempotent creates (the Idempotency-Key header)', () => {
  it('logs an attempt once however often it is retried with the same key, and replays the first answer', async () => {
    const token = await signIn();
    const request = addRequest();
    const attempt = { version: request.version, channel: 'phone', outcome: 'no_answer', note: '' };
    const first = await api<ContactRequest>(`/contact-requests/${request.id}/attempts`, {
      token,
      body: attempt,
      headers: keyed('attempt-key-1'),
    });
    // The retry after a timeout: the first write went through, the answer was lost.
    const retry = await api<ContactRequest>(`/contact-requests/${request.id}/attempts`, {
      token,
      body: attempt,
      headers: keyed('attempt-key-1'),
    });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(db.contactRequests.get(request.id)?.attempts).toHaveLength(1);

    // A new key is a new attempt (with the version the first one returned).
    const next = await api(`/contact-requests/${request.id}/attempts`, {
      token,
      body: { ...attempt, version: first.body.version },
      headers: keyed('attempt-key-2'),
    });
    expect(next.status).toBe(200);
    expect(db.contactRequests.get(request.id)?.attempts).toHaveLength(2);
  });

  it('refuses a key reused for a different request, and keeps keys apart per person', async () => {
    const token = await signIn();
    const request = addRequest();
    const attempt = { version: request.version, channel: 'phone', outcome: 'no_answer', note: '' };
    const path = `/contact-requests/${request.id}/attempts`;
    await api(path, { token, body: attempt, headers: keyed('shared-key') });
    const reused = await api(path, { token, body: { ...attempt, note: 'Other' }, headers: keyed('shared-key') });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ detail: expect.stringContaining('Idempotency-Key') });

    const clinician = await signIn('clinician@veindesk.test');
    const theirs = await api(path, {
      token: clinician,
      body: { ...attempt, version: request.version + 1 },
      headers: keyed('shared-key'),
    });
    expect(theirs.headers.get('Idempotent-Replayed')).toBeNull();
  });

  it('receives a website request and creates a patient once per key', async () => {
    const submission = buildIntakeSubmission({ name: 'Paula Public' }, createRandom(7));
    const before = db.contactRequests.size;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const answer = await api('/public/contact-requests', { body: submission, headers: keyed('intake-key') });
      expect(answer.status).toBe(200);
    }
    expect(db.contactRequests.size).toBe(before + 1);

    const token = await signIn();
    const patient = {
      name: 'Peter Patient',
      phone: '+1 (212) 555-0199',
      email: 'peter@example.com',
      dateOfBirth: null,
      notes: '',
      screeningFlags: [],
      riskFactors: [],
    };
    const patientsBefore = db.patients.size;
    const first = await api('/patients', { token, body: patient, headers: keyed('patient-key') });
    const again = await api('/patients', { token, body: patient, headers: keyed('patient-key') });
    expect(again.body).toEqual(first.body);
    expect(db.patients.size).toBe(patientsBefore + 1);
  });
});
