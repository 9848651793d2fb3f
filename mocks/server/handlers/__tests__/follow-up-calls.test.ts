import { accounts, fixedNow } from '@tests/fixtures';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/features/audit/schemas';
import type { FollowUpCall } from '@/features/follow-up-calls/schemas';
import { type Problem, problemTypes } from '@/lib/problem';
import type { Paged } from '@/lib/schema-fields';
import { api, latestAudit, setUpMockApi, signIn, staffIdOf } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('typical');

let token = '';
beforeEach(async () => {
  token = await signIn(accounts.front_desk);
});

const list = (query: Record<string, string | number>) => api<Paged<FollowUpCall>>('/follow-ups', { token, query });

describe('GET /follow-ups', () => {
  it('lists calls due first, filtered by status, reason and due time', async () => {
    const answer = await list({ status: 'due', pageSize: 100 });
    const due = [...db.followUps.values()].filter((call) => call.status === 'due');
    expect(answer.body.total).toBe(due.length);
    const dueTimes = answer.body.items.map((call) => call.dueAt);
    expect(dueTimes).toEqual([...dueTimes].sort());
    const overdue = await list({
      status: 'due',
      dueBefore: fixedNow,
      reason: 'post_treatment_72h,book_next_session',
      pageSize: 100,
    });
    expect(overdue.body.total).toBeGreaterThan(0);
    expect(overdue.body.items.every((call) => call.dueAt < fixedNow && call.reason !== 'request_callback')).toBe(true);
  });

  it('filters by subject', async () => {
    const call = [...db.followUps.values()].find((candidate) => candidate.subject.kind === 'request');
    const answer = await list({ subjectId: call?.subject.id ?? '' });
    expect(answer.body.items.map((item) => item.id)).toEqual([call?.id]);
  });
});

describe('POST /follow-ups/:id/outcome', () => {
  it('records who made the call and when, once', async () => {
    const call = [...db.followUps.values()].find((candidate) => candidate.status === 'due');
    if (!call) throw new Error('The typical clinic has calls due');
    const body = { version: call.version, status: 'done', outcomeNote: 'Feeling fine' };
    const answer = await api<FollowUpCall>(`/follow-ups/${call.id}/outcome`, { token, body });
    expect(answer.body).toMatchObject({
      status: 'done',
      outcomeNote: 'Feeling fine',
      doneById: staffIdOf(accounts.front_desk),
      doneAt: fixedNow,
      version: call.version + 1,
    });
    expect(latestAudit()[0]).toMatchObject<Partial<AuditEntry>>({
      entity: 'follow_up_call',
      entityId: call.id,
      action: 'record_outcome',
    });

    const stale = await api<Problem>(`/follow-ups/${call.id}/outcome`, { token, body });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ type: problemTypes.staleVersion, current: { id: call.id, status: 'done' } });
    const again = await api<Problem>(`/follow-ups/${call.id}/outcome`, {
      token,
      body: { ...body, version: call.version + 1 },
    });
    expect(again.body).toMatchObject({
      type: problemTypes.invalidTransition,
      detail: 'This call is already done: nothing left to record.',
    });
  });
});
