import { accounts } from '@tests/fixtures';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ContactRequest, ContactRequestSummary } from '@/features/contact-requests/schemas';
import type { Paged } from '@/lib/schema-fields';
import { buildContactRequest } from '../../../data/factories';
import { api, setUpMockApi, signIn, staffIdOf } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('empty');

/** Six requests with known times (now is Wed 25 Nov 2026, 10:00 in New York). */
function addRequests(): void {
  const frontDesk = staffIdOf(accounts.front_desk);
  const priya = staffIdOf('priya.shah@veindesk.test');
  const rows: Partial<ContactRequest>[] = [
    {
      name: 'Ann Able',
      status: 'new',
      receivedAt: '2026-11-25T14:00:00.000Z',
      concern: 'spider_veins',
      phone: '+16175550101',
      email: 'ann@example.com',
    },
    {
      name: 'Bob Baker',
      status: 'contacting',
      receivedAt: '2026-11-20T14:00:00.000Z',
      firstContactAt: '2026-11-20T16:00:00.000Z',
      assigneeId: frontDesk,
      concern: 'both',
    },
    {
      name: 'Cara Cole',
      status: 'new',
      receivedAt: '2026-11-18T15:00:00.000Z',
      assigneeId: priya,
      concern: 'reticular_veins',
    },
    {
      name: 'Dan Dole',
      status: 'closed',
      receivedAt: '2026-11-10T15:00:00.000Z',
      closeReason: 'declined',
      statusReason: 'Too far away',
      concern: 'other',
    },
    { name: 'Eve Eng', status: 'booked', receivedAt: '2026-11-15T15:00:00.000Z', concern: 'spider_veins' },
    {
      name: 'Finn Fox',
      status: 'contacting',
      receivedAt: '2026-11-19T15:00:00.000Z',
      firstContactAt: '2026-11-23T15:00:00.000Z',
      concern: 'not_sure',
    },
  ];
  for (const row of rows) {
    const request = buildContactRequest(row);
    db.contactRequests.set(request.id, request);
  }
}

let token = '';
beforeEach(async () => {
  addRequests();
  token = await signIn();
});

async function names(query: Record<string, string | number> = {}): Promise<string[]> {
  const answer = await api<Paged<ContactRequestSummary>>('/contact-requests/search', { token, body: query });
  expect(answer.status).toBe(200);
  return answer.body.items.map((item) => item.name);
}

describe('POST /contact-requests/search sorting', () => {
  it('puts the longest-waiting open requests first by default, settled ones last', async () => {
    expect(await names()).toEqual(['Cara Cole', 'Finn Fox', 'Bob Baker', 'Ann Able', 'Eve Eng', 'Dan Dole']);
    expect(await names({ sort: 'waiting', order: 'asc' })).toEqual([
      'Dan Dole',
      'Eve Eng',
      'Ann Able',
      'Bob Baker',
      'Finn Fox',
      'Cara Cole',
    ]);
  });

  it('sorts by received time, name and status', async () => {
    expect(await names({ sort: 'receivedAt' })).toEqual([
      'Ann Able',
      'Bob Baker',
      'Finn Fox',
      'Cara Cole',
      'Eve Eng',
      'Dan Dole',
    ]);
    expect(await names({ sort: 'name', order: 'asc' })).toEqual([
      'Ann Able',
      'Bob Baker',
      'Cara Cole',
      'Dan Dole',
      'Eve Eng',
      'Finn Fox',
    ]);
    expect(await names({ sort: 'status', order: 'asc' })).toEqual([
      'Ann Able',
      'Cara Cole',
      'Bob Baker',
      'Finn Fox',
      'Eve Eng',
      'Dan Dole',
    ]);
  });

  it('pages on the server and reports the total', async () => {
    const answer = await api<Paged<ContactRequestSummary>>('/contact-requests/search', {
      token,
      body: { page: 2, pageSize: 4 },
    });
    expect(answer.body).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(answer.body.items.map((item) => item.name)).toEqual(['Eve Eng', 'Dan Dole']);
    expect(answer.body.items[0]).not.toHaveProperty('attempts');
  });
});

describe('POST /contact-requests/search filters', () => {
  it('filters by status and concern lists', async () => {
    expect(await names({ status: 'new,contacting', sort: 'name', order: 'asc' })).toEqual([
      'Ann Able',
      'Bob Baker',
      'Cara Cole',
      'Finn Fox',
    ]);
    expect(await names({ concern: 'spider_veins,other', sort: 'name', order: 'asc' })).toEqual([
      'Ann Able',
      'Dan Dole',
      'Eve Eng',
    ]);
  });

  it('filters by assignee: me, unassigned or a staff id', async () => {
    expect(await names({ assignee: 'me' })).toEqual(['Bob Baker']);
    expect(await names({ assignee: staffIdOf('priya.shah@veindesk.test') })).toEqual(['Cara Cole']);
    expect(await names({ assignee: 'unassigned', sort: 'name', order: 'asc' })).toEqual([
      'Ann Able',
      'Dan Dole',
      'Eve Eng',
      'Finn Fox',
    ]);
  });

  it('filters late open requests with the response-time rule', async () => {
    // Cara: received Wed 18 Nov, never contacted, due Thu 19 Nov 18:00. Finn: first contact after his due time.
    expect(await names({ late: 'true' })).toEqual(['Cara Cole', 'Finn Fox']);
    expect(await names({ late: 'false', sort: 'name', order: 'asc' })).toEqual([
      'Ann Able',
      'Bob Baker',
      'Dan Dole',
      'Eve Eng',
    ]);
  });

  it('searches names, phone digits in any format and email', async () => {
    expect(await names({ q: 'COLE' })).toEqual(['Cara Cole']);
    expect(await names({ q: '(617) 555-0101' })).toEqual(['Ann Able']);
    expect(await names({ q: 'ann@exa' })).toEqual(['Ann Able']);
    expect(await names({ q: 'nobody' })).toEqual([]);
  });
});

describe('GET /contact-requests/counts and detail', () => {
  it('counts new, open and late requests', async () => {
    expect((await api('/contact-requests/counts', { token })).body).toEqual({ new: 2, open: 4, late: 2 });
  });

  it('returns one request with its attempts', async () => {
    const [ann] = [...db.contactRequests.values()];
    const answer = await api<ContactRequest>(`/contact-requests/${ann?.id}`, { token });
    expect(answer.body).toMatchObject({ name: 'Ann Able', attempts: [], attemptCount: 0, version: 1 });
  });
});
