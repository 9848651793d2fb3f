import { accounts, demoPassword, fixedNow } from '@tests/fixtures';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import type { Problem } from '@/lib/problem';
import { problemTypes } from '@/lib/problem';
import { failNext, setFailureRate } from '../../runtime/network';
import { server } from '../../runtime/node';
import { route } from '../route';
import { api, setUpMockApi, signIn } from './helpers';

setUpMockApi();

describe('route()', () => {
  it('lets no cache keep an answer, a success or a problem', async () => {
    const token = await signIn();
    const found = await api('/auth/me', { token });
    const missing = await api<Problem>('/contact-requests/req_99999', { token });
    expect(found.headers.get('Cache-Control')).toBe('no-store');
    expect(missing.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers 422 with field errors named by their path when the body breaks the contract', async () => {
    const token = await signIn();
    const answer = await api<Problem>('/patients', {
      token,
      body: {
        name: 'A',
        phone: '12',
        email: 'not-an-email',
        dateOfBirth: null,
        notes: '',
        screeningFlags: [],
        riskFactors: [],
      },
    });
    expect(answer.status).toBe(422);
    expect(answer.headers.get('Content-Type')).toContain('application/problem+json');
    expect(answer.body.type).toBe(problemTypes.validation);
    expect(answer.body.errors).toEqual({
      name: ['Enter the full name (at least 2 characters)'],
      phone: ['Enter a valid phone number with its country code, e.g. +1 201 555 0123'],
      email: ['Enter a valid email address, like name@example.com'],
    });
  });

  it('answers 422 for an invalid query and for a body that is not JSON', async () => {
    const token = await signIn();
    const admin = await signIn(accounts.admin);
    const badQuery = await api<Problem>('/audit', { token: admin, query: { entity: 'archive', pageSize: 500 } });
    expect(badQuery.status).toBe(422);
    expect(Object.keys(badQuery.body.errors ?? {}).sort()).toEqual(['entity', 'pageSize']);

    const response = await fetch(new URL('/api/patients', location.origin), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{"name": ',
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ errors: { _form: ['The request body is not valid JSON.'] } });
  });

  it('answers 404 problem details for a missing record', async () => {
    const token = await signIn();
    const answer = await api<Problem>('/contact-requests/req_99999', { token });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({
      type: problemTypes.notFound,
      detail: 'There is no contact request with id "req_99999".',
    });
  });

  it('stamps every answer with the mock clock in the Date header', async () => {
    const answer = await api('/settings', { token: await signIn() });
    expect(answer.headers.get('Date')).toBe('Wed, 25 Nov 2026 15:00:00 GMT');
    expect(new Date(answer.headers.get('Date') ?? '').toISOString()).toBe(fixedNow);
  });

  it('turns a response that breaks the contract into a 500 problem', async () => {
    const probe = endpoint({ method: 'get', path: '/settings', response: z.object({ ok: z.literal(true) }) });
    server.use(route(probe, () => ({ ok: false as unknown as true })));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const answer = await api<Problem>('/settings', { token: await signIn() });
    expect(answer.status).toBe(500);
    expect(answer.body.title).toBe('Mock response breaks the contract');
    expect(logged).toHaveBeenCalledWith('Mock response for GET /settings breaks the contract', expect.any(Array));
    logged.mockRestore();
  });
});

describe('network simulation', () => {
  it('fails the next requests in the requested way, then recovers', async () => {
    const token = await signIn();
    failNext(1, 'server');
    failNext(1, 'network');
    const failed = await api<Problem>('/settings', { token });
    expect(failed.status).toBe(500);
    expect(failed.body.type).toBe(problemTypes.server);
    await expect(api('/settings', { token })).rejects.toThrow(TypeError);
    expect((await api('/settings', { token })).status).toBe(200);
  });

  it('hangs a "timeout" until the client gives up', async () => {
    const token = await signIn();
    failNext(1, 'timeout');
    const started = Date.now();
    const request = fetch(new URL('/api/settings', location.origin), {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(200),
    });
    await expect(request).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('fails every request with failure rate 1', async () => {
    setFailureRate(1);
    expect((await api('/auth/login', { body: { email: accounts.admin, password: demoPassword } })).status).toBe(500);
  });
});
