import { accounts, demoPassword } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import { apiBaseUrl } from '@/config/env';
import { isOpenRequest } from '@/features/contact-requests/domain/request-status';
import { setUpMockApi } from '../../server/__tests__/helpers';
import { db } from '../../server/db';
import { createApiBackend } from '../http-backend';

setUpMockApi('typical');

const url = (path: string) => new URL(`${apiBaseUrl}${path}`, globalThis.location.origin);
const post = (path: string, body: unknown, token?: string) =>
  new Request(url(path), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('the mock API as a Node backend', () => {
  it('reseeds at another size and keeps the signed-in person signed in', async () => {
    const backend = createApiBackend();
    const login = await backend.handle(post('/auth/login', { email: accounts.front_desk, password: demoPassword }));
    const { token } = (await login.json()) as { token: string };
    backend.reseed(500);
    const answer = await backend.handle(post('/contact-requests/search', { status: 'new,contacting' }, token));
    const open = [...db.contactRequests.values()].filter((request) => isOpenRequest(request.status));
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { total: number }).total).toBe(open.length);
    expect(db.contactRequests.size).toBeGreaterThan(500);
    expect(db.contactRequests.size).toBeLessThan(1_000);
  });

  it('answers a 404 problem for a path no handler claims', async () => {
    const answer = await createApiBackend().handle(new Request(url('/no-such-endpoint')));
    expect(answer.status).toBe(404);
    expect(answer.headers.get('Content-Type')).toContain('application/problem+json');
  });
});
