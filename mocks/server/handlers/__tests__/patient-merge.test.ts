import { accounts } from '@tests/fixtures';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import type { PatientHistoryEntry } from '@/features/patients/history-schemas';
import type { Patient } from '@/features/patients/schemas';
import type { Problem } from '@/lib/problem';
import { buildAttempt, buildContactRequest, buildPatient } from '../../../data/factories';
import { api, latestAudit, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('empty');

let token = '';
let patient: Patient;
let request: ContactRequest;
beforeEach(async () => {
  patient = buildPatient({ name: 'Maya Moss', phone: '+16175550142', email: 'maya@example.com', notes: 'Knee pain' });
  db.patients.set(patient.id, patient);
  request = buildContactRequest({
    name: 'Maya Moss-Lee',
    phone: '+16175550142',
    email: 'maya.lee@example.com',
    message: 'Spider veins on my calves',
    attempts: [buildAttempt({ outcome: 'voicemail' })],
    duplicateOf: { kind: 'patient', id: patient.id, name: patient.name, matchedOn: 'phone' },
  });
  db.contactRequests.set(request.id, request);
  token = await signIn(accounts.front_desk);
});

const merge = (body: Record<string, unknown>) =>
  api<Patient & Problem>(`/patients/${patient.id}/merges`, {
    token,
    body: { requestId: request.id, requestVersion: request.version, version: patient.version, ...body },
  });

describe('merging a possible duplicate into the patient', () => {
  it('links the request to the patient, keeps both histories and says who merged what', async () => {
    const answer = await merge({ take: ['email'] });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      email: 'maya.lee@example.com',
      name: 'Maya Moss',
      notes: `Knee pain\nemail before merging ${request.id}: maya@example.com`,
      version: patient.version + 1,
    });
    const linked = db.contactRequests.get(request.id);
    expect(linked).toMatchObject({ patientId: patient.id, duplicateOf: null, message: request.message });
    expect(linked?.attempts).toEqual(request.attempts);
    expect(latestAudit(2).map((entry) => [entry.entity, entry.action, entry.actorName])).toEqual([
      ['patient', 'merge', 'Jordan Blake'],
      ['contact_request', 'merge', 'Jordan Blake'],
    ]);
    expect(latestAudit()[0]?.summary).toBe(
      `Merged request ${request.id} (Maya Moss-Lee) into Maya Moss; took the request's email`,
    );

    const history = await api<{ items: PatientHistoryEntry[] }>(`/patients/${patient.id}/history`, { token });
    expect(history.body.items.map((entry) => [entry.about, entry.action])).toEqual([
      ['patient', 'merge'],
      ['request', 'merge'],
    ]);
  });

  it('refuses a stale patient or request version, and a request not flagged as this patient', async () => {
    expect((await merge({ version: patient.version + 1 })).status).toBe(409);
    expect((await merge({ requestVersion: request.version + 1 })).status).toBe(409);
    db.contactRequests.set(request.id, { ...request, duplicateOf: null });
    const refused = await merge({});
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toBe(`Request ${request.id} is not flagged as a possible duplicate of Maya Moss.`);
    expect(db.patients.get(patient.id)).toEqual(patient);
  });

  it('marks a flagged request as not the same person', async () => {
    const answer = await api<ContactRequest>(`/contact-requests/${request.id}/actions`, {
      token,
      body: { action: 'not_duplicate', version: request.version },
    });
    expect(answer.body).toMatchObject({ duplicateOf: null, patientId: null, version: request.version + 1 });
    expect(latestAudit()[0]?.summary).toBe(`Maya Moss-Lee: not the same person as patient Maya Moss (${patient.id})`);
    const again = await api<Problem>(`/contact-requests/${request.id}/actions`, {
      token,
      body: { action: 'not_duplicate', version: request.version + 1 },
    });
    expect(again.status).toBe(409);
  });
});

describe("a patient's history", () => {
  it('answers entries about the patient to front desk, and 404 for an unknown patient', async () => {
    const clinician = await signIn(accounts.clinician);
    await api(`/patients/${patient.id}`, {
      method: 'PUT',
      token: clinician,
      body: { ...patient, notes: 'Prefers mornings', version: patient.version },
    });
    const history = await api<{ items: PatientHistoryEntry[] }>(`/patients/${patient.id}/history`, { token });
    expect(history.status).toBe(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({ about: 'patient', action: 'update', summary: 'Updated Maya Moss: notes' }),
    ]);
    expect((await api(`/patients/pat_99999/history`, { token })).status).toBe(404);
  });
});
