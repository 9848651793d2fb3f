import { accounts, fixedNow } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/features/audit/schemas';
import { type Problem, problemTypes } from '@/lib/problem';
import type { Paged } from '@/lib/schema-fields';
import { api, latestAudit, setUpMockApi, signIn, staffIdOf } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('typical');

type AuditPage = Paged<AuditEntry> & Partial<Problem>;

describe('GET /audit', () => {
  it('lists the newest entries first, paged', async () => {
    const token = await signIn(accounts.admin);
    const answer = await api<AuditPage>('/audit', { token, query: { pageSize: 50 } });
    expect(answer.body.total).toBe(db.audit.length);
    expect(answer.body.items).toHaveLength(50);
    const times = answer.body.items.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(times.every((at) => at <= fixedNow)).toBe(true);
  });

  it('answers only admins: other roles get 403 problem details', async () => {
    for (const email of [accounts.front_desk, accounts.clinician]) {
      const refused = await api<AuditPage>('/audit', { token: await signIn(email) });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        type: problemTypes.forbidden,
        detail: 'Only admins can read the whole audit trail.',
      });
      expect(refused.body.items).toBeUndefined();
    }
  });

  it('filters by person, kind of record, one record and clinic dates, and writes nothing when read', async () => {
    const frontDesk = await signIn(accounts.front_desk);
    const request = [...db.contactRequests.values()].find((candidate) => candidate.status === 'new');
    if (!request) throw new Error('The typical clinic has new requests');
    await api(`/contact-requests/${request.id}/actions`, {
      token: frontDesk,
      body: { version: request.version, action: 'start_contacting' },
    });
    const token = await signIn(accounts.admin);
    const entriesBefore = db.audit.length;

    const oneRecord = await api<AuditPage>('/audit', {
      token,
      query: { entity: 'contact_request', entityId: request.id },
    });
    expect(oneRecord.body.items.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['start_contacting', 'Jordan Blake'],
      ['receive', 'Clinic website'],
    ]);

    const jordan = staffIdOf(accounts.front_desk);
    // Today in New York is Wednesday 25 November 2026.
    const today = await api<AuditPage>('/audit', {
      token,
      query: { actorId: jordan, from: '2026-11-25', to: '2026-11-25' },
    });
    expect(today.body.items[0]?.entityId).toBe(request.id);
    expect(
      today.body.items.every(
        (entry) => entry.at >= '2026-11-25T05:00:00.000Z' && entry.at < '2026-11-26T05:00:00.000Z',
      ),
    ).toBe(true);

    const byPerson = await api<AuditPage>('/audit', { token, query: { actorId: jordan, pageSize: 100 } });
    expect(byPerson.body.total).toBeGreaterThan(today.body.total);
    expect(byPerson.body.items.every((entry) => entry.actorName === 'Jordan Blake')).toBe(true);

    const backwards = await api<AuditPage>('/audit', { token, query: { from: '2026-11-25', to: '2026-11-01' } });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors).toEqual({ to: ['The end date must be on or after the start date'] });

    expect(db.audit.length).toBe(entriesBefore);
  });
});

describe('POST /audit/exports', () => {
  it('gives admins the filtered view as CSV and audits the export with its filter', async () => {
    const token = await signIn(accounts.admin);
    const settings = structuredClone(db.settings);
    await api('/settings', { method: 'PUT', token, body: { ...settings, defaultSessionMinutes: 60 } });

    const exported = await api<{ fileName: string; csv: string; rows: number }>('/audit/exports', {
      token,
      body: { entity: 'settings', from: '2026-11-25' },
    });
    expect(exported.status).toBe(200);
    expect(exported.body.fileName).toBe('audit-trail-2026-11-25.csv');
    expect(exported.body.rows).toBe(1);
    expect(exported.body.csv.split('\r\n')).toEqual([
      'When (clinic time),Who,Kind of record,Record,Action,Summary,Changes',
      '2026-11-25 10:00,Alex Morgan,settings,clinic,update,Updated clinic settings: defaultSessionMinutes,defaultSessionMinutes: 45 → 60',
    ]);
    expect(latestAudit()[0]).toMatchObject({
      actorName: 'Alex Morgan',
      entity: 'audit',
      action: 'export',
      summary: 'Exported 1 entry; filter: kind settings, from 2026-11-25',
    });
  });

  it('refuses other roles, and a refused export writes nothing', async () => {
    const entriesBefore = db.audit.length;
    const refused = await api<Problem>('/audit/exports', { token: await signIn(accounts.front_desk), body: {} });
    expect(refused.status).toBe(403);
    expect(db.audit.length).toBe(entriesBefore);
  });
});
