import { accounts, fixedNow } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import { type ContactRequest, requestSearchSchema } from '@/features/contact-requests/schemas';
import { buildContactRequest } from '../../../data/factories';
import { setUpMockApi } from '../../__tests__/helpers';
import { db } from '../../db';
import { countOpenRequests, listRequests } from '../request-list';

setUpMockApi('empty');

const nowMs = Date.parse(fixedNow);

function staff(email: string) {
  const member = [...db.staff.values()].find((candidate) => candidate.email === email);
  if (!member) throw new Error(`No seeded staff member ${email}`);
  return member;
}

function add(name: string, overrides: Partial<ContactRequest>): ContactRequest {
  const request = buildContactRequest({ name, attempts: [], ...overrides });
  db.contactRequests.set(request.id, request);
  return request;
}

/** Five requests, as of Wednesday 25 November 2026, 10:00 in New York. */
function addFive() {
  const me = staff(accounts.front_desk);
  return {
    me,
    // Open since last Friday, never contacted: late.
    ada: add('Ada Byrne', { status: 'new', receivedAt: '2026-11-20T15:00:00.000Z', phone: '+12125550101' }),
    bob: add('bob Carter', { status: 'contacting', receivedAt: '2026-11-24T15:00:00.000Z', email: 'bob@example.org' }),
    cara: add('Cara Diaz', { status: 'closed', closeReason: 'declined', receivedAt: '2026-11-10T15:00:00.000Z' }),
    dan: add('Dan Evans', { status: 'new', receivedAt: '2026-11-25T14:00:00.000Z', assigneeId: me.id }),
    eve: add('Eve Fox', { status: 'booked', receivedAt: '2026-11-18T15:00:00.000Z' }),
  };
}

const query = (input: Record<string, unknown> = {}) => requestSearchSchema.parse(input);
const names = (input: Record<string, unknown>, actor = staff(accounts.front_desk)) =>
  listRequests(query(input), actor, nowMs).items.map((item) => item.name);

describe('listRequests', () => {
  it('puts open requests first, the longest waiting first, then the others newest first', () => {
    addFive();
    expect(names({})).toEqual(['Ada Byrne', 'bob Carter', 'Dan Evans', 'Eve Fox', 'Cara Diaz']);
    expect(names({ order: 'asc' })).toEqual(['Cara Diaz', 'Eve Fox', 'Dan Evans', 'bob Carter', 'Ada Byrne']);
  });

  it('sorts by name ignoring case, by time received, and by status with the newest first within one', () => {
    addFive();
    expect(names({ sort: 'name', order: 'asc' })).toEqual([
      'Ada Byrne',
      'bob Carter',
      'Cara Diaz',
      'Dan Evans',
      'Eve Fox',
    ]);
    expect(names({ sort: 'receivedAt', order: 'asc' })).toEqual([
      'Cara Diaz',
      'Eve Fox',
      'Ada Byrne',
      'bob Carter',
      'Dan Evans',
    ]);
    expect(names({ sort: 'status', order: 'asc' })).toEqual([
      'Dan Evans',
      'Ada Byrne',
      'bob Carter',
      'Eve Fox',
      'Cara Diaz',
    ]);
  });

  it('breaks ties by id in either direction', () => {
    const first = add('Sam Same', { receivedAt: fixedNow });
    const second = add('Sam Same', { receivedAt: fixedNow });
    const ids = (order: string) =>
      listRequests(query({ sort: 'name', order }), staff(accounts.front_desk), nowMs).items.map((item) => item.id);
    const byId = [first.id, second.id].sort();
    expect(ids('asc')).toEqual(byId);
    expect(ids('desc')).toEqual(byId);
  });

  it('filters by status, assignee and lateness', () => {
    const { me } = addFive();
    expect(names({ status: 'new,closed', sort: 'name', order: 'asc' })).toEqual([
      'Ada Byrne',
      'Cara Diaz',
      'Dan Evans',
    ]);
    expect(names({ assignee: 'me' })).toEqual(['Dan Evans']);
    expect(names({ assignee: me.id })).toEqual(['Dan Evans']);
    expect(names({ assignee: 'me' }, staff(accounts.admin))).toEqual([]);
    expect(names({ assignee: 'unassigned', sort: 'name', order: 'asc' })).toEqual([
      'Ada Byrne',
      'bob Carter',
      'Cara Diaz',
      'Eve Fox',
    ]);
    expect(names({ late: 'true' })).toEqual(['Ada Byrne']);
    expect(names({ late: 'false', sort: 'name', order: 'asc' })).toEqual([
      'bob Carter',
      'Cara Diaz',
      'Dan Evans',
      'Eve Fox',
    ]);
  });

  it('searches names ignoring case, emails, and phone digits from three on', () => {
    addFive();
    expect(names({ q: 'ADA' })).toEqual(['Ada Byrne']);
    expect(names({ q: 'bob@example' })).toEqual(['bob Carter']);
    expect(names({ q: '(212) 555-0101' })).toEqual(['Ada Byrne']);
    expect(names({ q: '555-0101' })).toEqual(['Ada Byrne']);
    // Two digits match too many phone numbers to mean one.
    expect(names({ q: '01' })).toEqual([]);
  });

  it('returns the requested page and the total', () => {
    addFive();
    const page = listRequests(query({ page: 2, pageSize: 2 }), staff(accounts.front_desk), nowMs);
    expect(page).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.items.map((item) => item.name)).toEqual(['Dan Evans', 'Eve Fox']);
  });
});

describe('countOpenRequests', () => {
  it('counts open, new and late requests', () => {
    addFive();
    expect(countOpenRequests(nowMs)).toEqual({ new: 2, open: 3, late: 1 });
  });
});
