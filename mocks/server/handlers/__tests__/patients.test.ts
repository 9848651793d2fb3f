import { accounts, fixedNow } from '@tests/fixtures';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Patient } from '@/features/patients/schemas';
import { type Problem, problemTypes } from '@/lib/problem';
import type { Paged } from '@/lib/schema-fields';
import { buildPatient } from '../../../data/factories';
import { api, latestAudit, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('empty');

const input = {
  name: 'Paula Patient',
  phone: '(617) 555-0142',
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

const list = (query: Record<string, string | number>) => api<Paged<Patient>>('/patients', { token, query });

describe('patients', () => {
  it('lists by name with paging and search', async () => {
    const page = await list({ pageSize: 2, page: 1 });
    expect(page.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.body.items.map((patient) => patient.name)).toEqual(['Adam Alder', 'Maya Moss']);
    expect((await list({ q: 'moss' })).body.items.map((patient) => patient.name)).toEqual(['Maya Moss']);
  });

  it('finds a patient by exact phone (any format) or email, for duplicate checks', async () => {
    const created = await api<Patient>('/patients', { token, body: input });
    expect(created.body).toMatchObject({
      phone: '+16175550142',
      email: 'paula@example.com',
      version: 1,
      createdAt: fixedNow,
    });
    expect((await list({ phone: '617.555.0142' })).body.items.map((patient) => patient.id)).toEqual([created.body.id]);
    expect((await list({ email: ' PAULA@example.com' })).body.total).toBe(1);
    expect((await list({ phone: '617.555.0143' })).body.total).toBe(0);
    expect(latestAudit()[0]).toMatchObject({
      entity: 'patient',
      action: 'create',
      summary: 'Added patient Paula Patient',
    });
  });

  it('updates with optimistic concurrency: a stale version gets 409 and the newer record', async () => {
    const created = (await api<Patient>('/patients', { token, body: input })).body;
    const first = await api<Patient>(`/patients/${created.id}`, {
      method: 'PUT',
      token,
      body: { ...input, notes: 'Prefers mornings', version: 1 },
    });
    expect(first.body).toMatchObject({ notes: 'Prefers mornings', version: 2 });
    expect(latestAudit()[0]?.summary).toBe('Updated Paula Patient: notes');
    const second = await api<Problem>(`/patients/${created.id}`, {
      method: 'PUT',
      token,
      body: { ...input, name: 'Paula P', version: 1 },
    });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      type: problemTypes.staleVersion,
      current: { id: created.id, notes: 'Prefers mornings', version: 2 },
    });
  });

  it('lets only clinicians and admins change screening flags', async () => {
    const created = (await api<Patient>('/patients', { token, body: input })).body;
    const flagged = { ...input, screeningFlags: ['pregnant'], version: 1 };
    const refused = await api<Problem>(`/patients/${created.id}`, { method: 'PUT', token, body: flagged });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('Only clinicians or admins can change screening flags.');
    const clinician = await signIn(accounts.clinician);
    const saved = await api<Patient>(`/patients/${created.id}`, { method: 'PUT', token: clinician, body: flagged });
    expect(saved.body.screeningFlags).toEqual(['pregnant']);
    const contactOnly = await api<Patient>(`/patients/${created.id}`, {
      method: 'PUT',
      token,
      body: { ...flagged, phone: '617 555 0199', version: 2 },
    });
    expect(contactOnly.body).toMatchObject({ phone: '+16175550199', screeningFlags: ['pregnant'] });
  });

  it('answers 404 for an unknown patient', async () => {
    expect((await api('/patients/pat_99999', { token })).status).toBe(404);
  });
});
