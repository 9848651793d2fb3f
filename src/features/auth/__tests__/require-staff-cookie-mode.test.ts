import { server } from '@mocks/runtime/node';
import { db } from '@mocks/server/db';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';

/** The guard and the session as a build with VITE_AUTH_MODE=cookie has them (fresh modules read the setting). */
async function inCookieMode() {
  vi.stubEnv('VITE_AUTH_MODE', 'cookie');
  vi.resetModules();
  const [{ requireStaff }, session] = await Promise.all([
    import('@/features/auth/require-staff'),
    import('@/lib/auth-token'),
  ]);
  return { requireStaff, ...session };
}

const pageRequest = new Request('http://localhost/follow-ups?due=today');
const guard = (requireStaff: Awaited<ReturnType<typeof inCookieMode>>['requireStaff']) =>
  requireStaff(createQueryClient(), pageRequest).catch((thrown: unknown) => thrown);

/** Where the guard's redirect goes. */
async function redirectedTo(guarded: Promise<unknown>): Promise<string | null> {
  const thrown = await guarded;
  if (!(thrown instanceof Response)) throw new Error('The guard let the page load');
  return thrown.headers.get('Location');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('requireStaff in cookie mode', () => {
  it('asks the server after a reload: the cookie, which the page cannot see, may still hold a session', async () => {
    const { requireStaff, sessionState } = await inCookieMode();
    const [staff] = db.staff.values();
    server.use(http.get('/api/auth/me', () => HttpResponse.json(staff)));
    expect(sessionState()).toBe('unknown');
    await expect(guard(requireStaff)).resolves.toEqual(staff);
  });

  it('sends a person with no session to sign-in, without saying a session expired', async () => {
    const { requireStaff } = await inCookieMode();
    expect(await redirectedTo(guard(requireStaff))).toBe('/login?from=%2Ffollow-ups%3Fdue%3Dtoday');
  });

  it('says the session expired when the page had signed in', async () => {
    const { requireStaff, startSession } = await inCookieMode();
    startSession(undefined);
    expect(await redirectedTo(guard(requireStaff))).toMatch(/&reason=expired$/);
  });

  it('sends a person who signed out to sign-in without asking the server', async () => {
    const { requireStaff, forgetSession } = await inCookieMode();
    forgetSession();
    const asked = vi.fn();
    server.events.on('request:start', asked);
    const location = await redirectedTo(guard(requireStaff));
    server.events.removeListener('request:start', asked);
    expect(location).toBe('/login?from=%2Ffollow-ups%3Fdue%3Dtoday');
    expect(asked).not.toHaveBeenCalled();
  });
});
