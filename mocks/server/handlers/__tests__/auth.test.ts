import { accounts, demoPassword, fixedNow } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import { problemTypes } from '@/lib/problem';
import { seededAccounts } from '../../../data/scenarios';
import { clock } from '../../../runtime/clock';
import { api, setUpMockApi, signIn } from '../../__tests__/helpers';

setUpMockApi();

describe('auth', () => {
  it('signs in with a seeded account and returns a token that expires in 12 hours', async () => {
    const answer = await api<{ token: string; expiresAt: string; staff: { email: string; role: string } }>(
      '/auth/login',
      {
        body: { email: 'FrontDesk@veindesk.test ', password: demoPassword },
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.staff).toMatchObject({ email: accounts.front_desk, role: 'front_desk' });
    expect(answer.body.expiresAt).toBe('2026-11-26T03:00:00.000Z');
    expect(answer.headers.get('Date')).toBe(new Date(fixedNow).toUTCString());
  });

  it('refuses a wrong password with a 401 problem', async () => {
    const answer = await api<{ type: string; title: string }>('/auth/login', {
      body: { email: accounts.admin, password: 'not-it' },
    });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('Content-Type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ type: problemTypes.unauthenticated, title: 'Email or password is incorrect' });
  });

  it('answers 401 without a token, and with an expired one', async () => {
    expect((await api('/auth/me')).status).toBe(401);
    const token = await signIn(accounts.clinician);
    expect((await api<{ email: string }>('/auth/me', { token })).body.email).toBe(accounts.clinician);
    clock.advance(12 * 60 + 1);
    const expired = await api<{ detail: string }>('/auth/me', { token });
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toBe('Your session has expired. Sign in again.');
  });

  it('logs out by invalidating the token', async () => {
    const token = await signIn();
    expect((await api('/auth/logout', { method: 'POST', token })).body).toEqual({ ok: true });
    expect((await api('/auth/me', { token })).status).toBe(401);
  });

  it('lists the seeded accounts with the demo password', () => {
    expect(seededAccounts.map((account) => account.role).sort()).toEqual([
      'admin',
      'clinician',
      'clinician',
      'clinician',
      'front_desk',
      'front_desk',
      'front_desk',
    ]);
    expect(new Set(seededAccounts.map((account) => account.password))).toEqual(new Set([demoPassword]));
  });
});
