import { accounts, fixedNow } from '@tests/fixtures';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Patient } from '@/features/patients/schemas';
import type { PatientRow } from '@/features/patients/search-schemas';
import { type Problem, problemTypes } from '@/lib/problem';
import type { Paged } from '@/lib/schema-fields';
import { buildPatient } from '../../../data/factories';
import { api, latestAudit, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('empty');

const input = {
  name: 'Paula Patient',
  phone: '+1 (617) 555-0142',
  email: 'Paula@Example.com',
  dateOfBirth: '1980-04-02',
  notes: '',
  screeningFlags: [],
  riskFactors: ['family_history'],
};

let token = '';
beforeEach(async () => {
  for (const name of ['Zoe Zimmer', 'Adam Alder', 'Maya Moss']) {
    const patient = buildPatient({ name, createdAt: fixedNow });
    db.patients.set(patient.id, patient);
  }
  token = await signIn(accounts.front_desk);
});

const search = (body: Record<string, unknown>) => api<Paged<PatientRow>>('/patients/search', { token, body });
const lookup = (body: Record<string, unknown>) => api<{ items: Patient[] }>('/patients/lookup', { token, body });

describe('patients', () => {
  it('searches by name with paging, the text in the body', async () => {
    const page = await search({ pageSize: 2, page: 1 });
    expect(page.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.body.items.map((patient) => patient.name)).toEqual(['Adam Alder', 'Maya Moss']);
    expect((await search({ text: 'moss' })).body.items.map((patient) => patient.name)).toEqual(['Maya Moss']);
  });

  it('looks a patient up by exact phone (any format) or email in the body', async () => {
    const created = await api<Patient>('/patients', { token, body: input });
    expect(created.body).toMatchObject({
      phone: '+16175550142',
      email: 'paula@example.com',
      version: 1,
      createdAt: fixedNow,
    });
    expect((await lookup({ phone: '617.555.0142' })).body.items.map((patient) => patient.id)).toEqual([
      created.body.id,
    ]);
    expect((await lookup({ email: ' PAULA@example.com' })).body.items).toHaveLength(1);
    expect((await lookup({ phone: '617.555.0143' })).body.items).toHaveLength(0);
    expect((await lookup({})).status).toBe(422);
    expect(latestAudit()[0]).toMatchObject({
      entity: 'patient',
      action: 'create',
      summary: 'Added patient Paula Patient',
    });
  });

  it("reads numbers written without a country code in the clinic's country, for lookups and searches", async () => {
    db.settings = { ...db.settings, country: 'GB' };
    const created = await api<Patient>('/patients', { token, body: { ...input, phone: '+44 20 7946 0018' } });
    expect(created.body.phone).toBe('+442079460018');
    expect((await lookup({ phone: '020 7946 0018' })).body.items.map((patient) => patient.id)).toEqual([
      created.body.id,
    ]);
    expect((await search({ text: '020 7946 0018' })).body.items.map((patient) => patient.name)).toEqual([
      'Paula Patient',
    ]);
    expect((await lookup({ phone: '(617) 555-0142' })).body.items).toHaveLength(0);
  });

  it('updates with optimistic concurrency: a stale version gets 409 and the newer record', async () => {
    const created = (await api<Patient>('/patients', { token, body: input })).body;
    const { screeningFlags: _flags, ...contact } = input;
    const first = await api<Patient>(`/patients/${created.id}`, {
      method: 'PUT',
      token,
      body: { ...contact, notes: 'Prefers mornings', version: 1 },
    });
    expect(first.body).toMatchObject({ notes: 'Prefers mornings', version: 2 });
    expect(latestAudit()[0]?.summary).toBe('Updated Paula Patient: notes');
    const second = await api<Problem>(`/patients/${created.id}`, {
      method: 'PUT',
      token,
      body: { ...contact, name: 'Paula P', version: 1 },
    });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      type: problemTypes.staleVersion,
      current: { id: created.id, notes: 'Prefers mornings', version: 2 },
    });
  });

  it('lets only clinicians and admins change screening flags and clinical notes', async () => {
    const created = (await api<Patient>('/patients', { token, body: input })).body;
    const clinical = { screeningFlags: ['pregnant'], clinicalNotes: 'Review at 12 weeks', version: 1 };
    const refused = await api<Problem>(`/patients/${created.id}/clinical`, { method: 'PUT', token, body: clinical });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('Only clinicians or admins can change screening flags or clinical notes.');
    expect(db.patients.get(created.id)?.screeningFlags).toEqual([]);

    const clinician = await signIn(accounts.clinician);
    const saved = await api<Patient>(`/patients/${created.id}/clinical`, {
      method: 'PUT',
      token: clinician,
      body: clinical,
    });
    expect(saved.body).toMatchObject({ screeningFlags: ['pregnant'], clinicalNotes: 'Review at 12 weeks', version: 2 });
    expect(latestAudit()[0]).toMatchObject({ action: 'update_clinical', actorName: expect.any(String) });

    const { screeningFlags: _flags, ...contact } = input;
    const contactOnly = await api<Patient>(`/patients/${created.id}`, {
      method: 'PUT',
      token,
      body: { ...contact, phone: '+1 617 555 0199', version: 2 },
    });
    expect(contactOnly.body).toMatchObject({ phone: '+16175550199', screeningFlags: ['pregnant'] });
  });

  it('refuses screening flags on a new patient from front desk', async () => {
    const refused = await api<Problem>('/patients', { token, body: { ...input, screeningFlags: ['pregnant'] } });
    expect(refused.status).toBe(403);
  });

  it('answers 404 for an unknown patient', async () => {
    expect((await api('/patients/pat_99999', { token })).status).toBe(404);
  });
});
