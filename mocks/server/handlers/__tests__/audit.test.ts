import { accounts, fixedNow } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/features/audit/schemas';
import type { Paged } from '@/lib/schema-fields';
import { api, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('typical');

describe('GET /audit', () => {
  it('lists the newest entries first, paged', async () => {
    const token = await signIn(accounts.admin);
    const answer = await api<Paged<AuditEntry>>('/audit', { token, query: { pageSize: 50 } });
    expect(answer.body.total).toBe(db.audit.length);
    const times = answer.body.items.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(times.every((at) => at <= fixedNow)).toBe(true);
  });

  it('filters by entity and entity id, and shows a change right after it happens', async () => {
    const token = await signIn(accounts.front_desk);
    const request = [...db.contactRequests.values()].find((candidate) => candidate.status === 'new');
    if (!request) throw new Error('The typical clinic has new requests');
    await api(`/contact-requests/${request.id}/actions`, {
      token,
      body: { version: request.version, action: 'start_contacting' },
    });
    const answer = await api<Paged<AuditEntry>>('/audit', {
      token,
      query: { entity: 'contact_request', entityId: request.id },
    });
    expect(answer.body.items.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['start_contacting', 'Jordan Blake'],
      ['receive', 'Clinic website'],
    ]);
  });
});
