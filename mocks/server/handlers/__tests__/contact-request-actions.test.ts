import { accounts, fixedNow } from '@tests/fixtures';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import type { Problem } from '@/lib/problem';
import { problemTypes } from '@/lib/problem';
import { buildContactRequest } from '../../../data/factories';
import { api, latestAudit, type OrProblem, setUpMockApi, signIn, staffIdOf } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('empty');

function addRequest(overrides: Partial<ContactRequest> = {}): ContactRequest {
  const request = buildContactRequest({ name: 'Tess Triage', receivedAt: '2026-11-24T14:00:00.000Z', ...overrides });
  db.contactRequests.set(request.id, request);
  return request;
}

let token = '';
beforeEach(async () => {
  token = await signIn(accounts.front_desk);
});

const act = (id: string, body: Record<string, unknown>) =>
  api<OrProblem<ContactRequest>>(`/contact-requests/${id}/actions`, { token, body });

describe('POST /contact-requests/:id/attempts', () => {
  it('logs the attempt with the signed-in person and the clock, sets first contact and moves new to contacting', async () => {
    const request = addRequest();
    const answer = await api<ContactRequest>(`/contact-requests/${request.id}/attempts`, {
      token,
      body: { version: 1, channel: 'phone', outcome: 'voicemail', note: ' Left our number ' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'contacting',
      firstContactAt: fixedNow,
      lastAttemptAt: fixedNow,
      attemptCount: 1,
      updatedAt: fixedNow,
      version: 2,
    });
    expect(answer.body.attempts).toEqual([
      expect.objectContaining({
        at: fixedNow,
        staffId: staffIdOf(accounts.front_desk),
        staffName: 'Jordan Blake',
        note: 'Left our number',
      }),
    ]);
    expect(latestAudit()[0]).toMatchObject({
      entity: 'contact_request',
      entityId: request.id,
      action: 'log_attempt',
      summary: 'Tess Triage: phone attempt, voicemail',
    });
  });

  it('refuses a stale version with 409 and the newer record', async () => {
    const request = addRequest({ version: 3 });
    const answer = await api<Problem>(`/contact-requests/${request.id}/attempts`, {
      token,
      body: { version: 2, channel: 'phone', outcome: 'no_answer', note: '' },
    });
    expect(answer.status).toBe(409);
    expect(answer.body.type).toBe(problemTypes.staleVersion);
    expect(answer.body.current).toMatchObject({ id: request.id, name: 'Tess Triage', version: 3, attempts: [] });
    expect(db.contactRequests.get(request.id)?.attempts).toEqual([]);
  });

  it('refuses attempts on a closed request', async () => {
    const request = addRequest({ status: 'closed', closeReason: 'declined', statusReason: 'Changed her mind' });
    const answer = await api<Problem>(`/contact-requests/${request.id}/attempts`, {
      token,
      body: { version: 1, channel: 'email', outcome: 'emailed', note: '' },
    });
    expect(answer.status).toBe(409);
    expect(answer.body.detail).toBe('This request is closed: reopen it before logging contact attempts.');
  });
});

describe('POST /contact-requests/:id/actions', () => {
  it('walks new → contacting → not a candidate → reopened, each with an audit entry', async () => {
    const request = addRequest();
    expect((await act(request.id, { version: 1, action: 'start_contacting' })).body).toMatchObject({
      status: 'contacting',
      version: 2,
    });
    const reason = 'Larger varicose veins: referred to vascular surgeon';
    const refused = await act(request.id, { version: 2, action: 'not_candidate', reason });
    expect(refused.body).toMatchObject({ status: 'not_candidate', statusReason: reason, version: 3 });
    expect((await act(request.id, { version: 3, action: 'reopen' })).body).toMatchObject({
      status: 'contacting',
      statusReason: null,
      closeReason: null,
      version: 4,
    });
    expect(latestAudit(3).map((entry) => entry.summary)).toEqual([
      'Tess Triage: reopened',
      `Tess Triage: not a candidate (${reason})`,
      'Tess Triage: started contacting',
    ]);
  });

  it('needs a reason to close or to mark as not a candidate', async () => {
    const request = addRequest();
    const noReason = await act(request.id, { version: 1, action: 'close', closeReason: 'unreachable', reason: '' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors).toEqual({ reason: ['Give a reason (at least 3 characters)'] });
    const noCloseReason = await act(request.id, { version: 1, action: 'close', reason: 'No answer three times' });
    expect(Object.keys(noCloseReason.body.errors ?? {})).toEqual(['closeReason']);
    const closed = await act(request.id, {
      version: 1,
      action: 'close',
      closeReason: 'unreachable',
      reason: 'No answer three times',
    });
    expect(closed.body).toMatchObject({
      status: 'closed',
      closeReason: 'unreachable',
      statusReason: 'No answer three times',
    });
  });

  it('refuses transitions the status does not allow with 409 and a clear reason', async () => {
    const booked = addRequest({ status: 'booked' });
    const close = await act(booked.id, {
      version: 1,
      action: 'close',
      closeReason: 'declined',
      reason: 'Changed mind',
    });
    expect(close.status).toBe(409);
    expect(close.body).toMatchObject({
      type: problemTypes.invalidTransition,
      detail: 'Cannot close a request that is booked: only new or contacting requests can.',
    });
    const contacting = addRequest({ status: 'contacting' });
    expect((await act(contacting.id, { version: 1, action: 'start_contacting' })).body.detail).toBe(
      'Cannot start contacting a request that is contacting: only new requests can.',
    );
    expect((await act(contacting.id, { version: 1, action: 'reopen' })).status).toBe(409);
  });

  it('assigns and unassigns, and refuses an unknown assignee', async () => {
    const request = addRequest();
    const priya = staffIdOf('priya.shah@veindesk.test');
    expect((await act(request.id, { version: 1, action: 'assign', assigneeId: priya })).body.assigneeId).toBe(priya);
    expect(latestAudit()[0]?.summary).toBe('Tess Triage: assigned to Priya Shah');
    expect((await act(request.id, { version: 2, action: 'assign', assigneeId: null })).body.assigneeId).toBeNull();
    const unknown = await act(request.id, { version: 3, action: 'assign', assigneeId: 'stf_99999' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual({ assigneeId: ['Choose an existing staff member'] });
  });
});

describe('POST /contact-requests/bulk', () => {
  it('closes the requests that can close and reports the others as skipped', async () => {
    const first = addRequest({ name: 'First Person' });
    const second = addRequest({ name: 'Second Person', status: 'contacting' });
    const booked = addRequest({ name: 'Booked Person', status: 'booked' });
    const answer = await api('/contact-requests/bulk', {
      token,
      body: {
        ids: [first.id, second.id, booked.id, 'req_99999'],
        action: { action: 'close', closeReason: 'duplicate', reason: 'Sent the form twice' },
      },
    });
    expect(answer.body).toEqual({ updated: 2, skipped: [booked.id, 'req_99999'] });
    expect(db.contactRequests.get(first.id)).toMatchObject({ status: 'closed', closeReason: 'duplicate', version: 2 });
    expect(db.contactRequests.get(second.id)?.status).toBe('closed');
    expect(db.contactRequests.get(booked.id)?.status).toBe('booked');
    expect(latestAudit(2).map((entry) => entry.entityId)).toEqual([second.id, first.id]);
  });

  it('assigns several at once, whatever their status', async () => {
    const ids = [addRequest().id, addRequest({ status: 'closed' }).id];
    const answer = await api('/contact-requests/bulk', {
      token,
      body: { ids, action: { action: 'assign', assigneeId: staffIdOf(accounts.front_desk) } },
    });
    expect(answer.body).toEqual({ updated: 2, skipped: [] });
  });
});
