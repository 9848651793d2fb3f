import { fixedNow } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import type { Problem } from '@/lib/problem';
import { buildIntakeSubmission } from '../../../data/factories';
import { createRandom } from '../../../data/random';
import { api, latestAudit, setUpMockApi } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('typical');

const submission = (overrides: Parameters<typeof buildIntakeSubmission>[0] = {}) =>
  buildIntakeSubmission(
    { name: 'Iris Intake', phone: '+1 (617) 555-7788', email: '  Iris.Intake@Example.COM ', ...overrides },
    createRandom(7),
  );

const storedByName = (name: string): ContactRequest[] =>
  [...db.contactRequests.values()].filter((request) => request.name === name);

describe('POST /public/contact-requests', () => {
  it('needs no sign-in, normalises phone and email, and files a new request', async () => {
    const answer = await api('/public/contact-requests', { body: submission() });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ received: true });
    const [stored] = storedByName('Iris Intake');
    expect(stored).toMatchObject({
      phone: '+16175557788',
      email: 'iris.intake@example.com',
      status: 'new',
      receivedAt: fixedNow,
      duplicateOf: null,
      assigneeId: null,
      attempts: [],
    });
    expect(latestAudit()[0]).toMatchObject({
      actorId: null,
      actorName: 'Clinic website',
      action: 'receive',
      entityId: stored?.id,
    });
  });

  it('stores nothing when the honeypot is filled, but answers like a success', async () => {
    const before = db.contactRequests.size;
    const auditBefore = db.audit.length;
    const answer = await api('/public/contact-requests', { body: { ...submission(), website: 'http://spam.example' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ received: true });
    expect(db.contactRequests.size).toBe(before);
    expect(db.audit.length).toBe(auditBefore);
  });

  it('flags a possible duplicate of a patient (phone) and of an open request (email)', async () => {
    const patient = [...db.patients.values()][0];
    if (!patient) throw new Error('The typical clinic has patients');
    const local = patient.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '+1 ($1) $2-$3');
    await api('/public/contact-requests', {
      body: submission({ name: 'Pat Again', phone: local, email: 'someone.new@example.org' }),
    });
    expect(storedByName('Pat Again')[0]?.duplicateOf).toEqual({
      kind: 'patient',
      id: patient.id,
      name: patient.name,
      matchedOn: 'phone',
    });

    await api('/public/contact-requests', { body: submission() });
    await api('/public/contact-requests', { body: submission({ name: 'Iris Twice', phone: '+1 617 555 9911' }) });
    const [first] = storedByName('Iris Intake');
    expect(storedByName('Iris Twice')[0]?.duplicateOf).toEqual({
      kind: 'request',
      id: first?.id,
      name: 'Iris Intake',
      matchedOn: 'email',
    });
  });

  it('matches a duplicate on the normalised number, however it was written', async () => {
    const patient = [...db.patients.values()][0];
    if (!patient) throw new Error('The typical clinic has patients');
    const dotted = patient.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '+1.$1.$2.$3');
    await api('/public/contact-requests', { body: submission({ name: 'Pat Dotted', phone: dotted }) });
    const [stored] = storedByName('Pat Dotted');
    expect(stored?.phone).toBe(patient.phone);
    expect(stored?.duplicateOf).toMatchObject({ kind: 'patient', id: patient.id, matchedOn: 'phone' });
  });

  it('refuses a number without its country code, or one that cannot exist, and stores nothing', async () => {
    const before = db.contactRequests.size;
    for (const phone of ['(617) 555-7788', '+1 (555) 123-4567']) {
      const answer = await api<Problem>('/public/contact-requests', { body: submission({ phone }) });
      expect(answer.status).toBe(422);
      expect(answer.body.errors).toEqual({
        phone: ['Enter a valid phone number with its country code, e.g. +1 201 555 0123'],
      });
    }
    expect(db.contactRequests.size).toBe(before);
  });

  it('refuses an incomplete form with field errors and stores nothing', async () => {
    const before = db.contactRequests.size;
    const answer = await api<Problem>('/public/contact-requests', {
      body: { ...submission(), consent: false, areas: [] },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual({
      areas: ['Choose at least one area'],
      consent: ['We need your consent to contact you'],
    });
    expect(db.contactRequests.size).toBe(before);
  });
});
