import { accounts } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import { type ContactRequest, requestStatuses } from '@/features/contact-requests/schemas';
import { buildContactRequest } from '../../../data/factories';
import { setUpMockApi } from '../../__tests__/helpers';
import { db } from '../../db';
import { ProblemError } from '../../problem-error';
import { applyRequestAction, transitionProblem } from '../request-transitions';

setUpMockApi('empty');

function me() {
  const member = [...db.staff.values()].find((candidate) => candidate.email === accounts.front_desk);
  if (!member) throw new Error('No seeded front desk account');
  return member;
}

function stored(overrides: Partial<ContactRequest> = {}): ContactRequest {
  const request = buildContactRequest({ name: 'Ada Byrne', ...overrides });
  db.contactRequests.set(request.id, request);
  return request;
}

describe('transitionProblem', () => {
  it('allows each action only from the statuses it starts from', () => {
    const allowed = (action: Parameters<typeof transitionProblem>[1]) =>
      requestStatuses.filter((status) => transitionProblem(stored({ status }), action) === null);
    expect(allowed('assign')).toEqual([...requestStatuses]);
    expect(allowed('start_contacting')).toEqual(['new']);
    expect(allowed('not_candidate')).toEqual(['new', 'contacting']);
    expect(allowed('close')).toEqual(['new', 'contacting']);
    expect(allowed('reopen')).toEqual(['not_candidate', 'closed']);
  });

  it('says what the status is and which statuses allow the action', () => {
    expect(transitionProblem(stored({ status: 'booked' }), 'close')).toBe(
      'Cannot close a request that is booked: only new or contacting requests can.',
    );
    expect(transitionProblem(stored({ status: 'new' }), 'reopen')).toBe(
      'Cannot reopen a request that is new: only not a candidate or closed requests can.',
    );
  });
});

describe('applyRequestAction', () => {
  it('answers 409 for an action the status forbids, and changes nothing', () => {
    const request = stored({ status: 'closed', closeReason: 'declined' });
    expect(() => applyRequestAction(me(), request, { action: 'start_contacting' })).toThrow(ProblemError);
    expect(db.contactRequests.get(request.id)).toEqual(request);
  });

  it('closes with the reason, and reopening clears it', () => {
    const request = stored({ status: 'contacting' });
    const closed = applyRequestAction(me(), request, {
      action: 'close',
      closeReason: 'unreachable',
      reason: 'Three calls',
    });
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'unreachable', statusReason: 'Three calls' });
    expect(closed.version).toBe(request.version + 1);
    expect(db.audit.at(-1)?.summary).toBe('Ada Byrne: closed as unreachable (Three calls)');

    const reopened = applyRequestAction(me(), closed, { action: 'reopen' });
    expect(reopened).toMatchObject({ status: 'contacting', closeReason: null, statusReason: null });
  });

  it('marks a request as not a candidate without a close reason', () => {
    const request = stored({ status: 'new' });
    const marked = applyRequestAction(me(), request, { action: 'not_candidate', reason: 'Arterial disease' });
    expect(marked).toMatchObject({ status: 'not_candidate', statusReason: 'Arterial disease', closeReason: null });
  });

  it('assigns to a staff member or nobody, and refuses an unknown one with 422', () => {
    const request = stored();
    const assigned = applyRequestAction(me(), request, { action: 'assign', assigneeId: me().id });
    expect(assigned.assigneeId).toBe(me().id);
    expect(db.audit.at(-1)?.summary).toBe(`Ada Byrne: assigned to ${me().name}`);
    expect(applyRequestAction(me(), assigned, { action: 'assign', assigneeId: null }).assigneeId).toBeNull();
    expect(db.audit.at(-1)?.summary).toBe('Ada Byrne: assigned to nobody');

    let problem: unknown;
    try {
      applyRequestAction(me(), request, { action: 'assign', assigneeId: 'stf_nobody' });
    } catch (error) {
      problem = error instanceof ProblemError ? error.problem : error;
    }
    expect(problem).toMatchObject({ status: 422, errors: { assigneeId: ['Choose an existing staff member'] } });
  });
});
