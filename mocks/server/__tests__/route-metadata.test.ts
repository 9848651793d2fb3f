import { accounts } from '@tests/fixtures';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { type Problem, problemTypes } from '@/lib/problem';
import { server } from '../../runtime/node';
import { invalidTransition } from '../problem-error';
import { route } from '../route';
import { api, setUpMockApi, signIn } from './helpers';

setUpMockApi();

const ok = z.object({ ok: z.literal(true) });

describe('route() and the endpoint metadata', () => {
  it('refuses the roles an endpoint does not list with 403, before its handler runs', async () => {
    const adminsOnly = endpoint({
      method: 'get',
      path: '/settings',
      summary: 'Read secrets',
      roles: ['admin'],
      response: ok,
    });
    const handler = vi.fn(() => ({ ok: true as const }));
    server.use(route(adminsOnly, handler));

    const refused = await api<Problem>('/settings', { token: await signIn(accounts.front_desk) });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ type: problemTypes.forbidden, detail: 'Only admins can read secrets.' });
    expect(handler).not.toHaveBeenCalled();

    expect((await api('/settings', { token: await signIn(accounts.admin) })).status).toBe(200);
    expect(handler).toHaveBeenCalledOnce();
  });

  it('reports a problem the endpoint does not declare as a contract bug', async () => {
    const plain = endpoint({ method: 'get', path: '/settings', response: ok });
    server.use(
      route(plain, () => {
        throw invalidTransition('Not now.');
      }),
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const answer = await api<Problem>('/settings', { token: await signIn() });
    expect(answer.status).toBe(409);
    expect(logged).toHaveBeenCalledWith(
      `Mock answer for GET /settings is a problem its endpoint does not declare: ${problemTypes.invalidTransition}`,
    );
    logged.mockRestore();
  });
});
