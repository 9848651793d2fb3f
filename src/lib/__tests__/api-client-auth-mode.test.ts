import { server } from '@mocks/runtime/node';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';

const ok = z.object({ ok: z.literal(true) });
const read = endpoint({ method: 'get', path: '/probe', response: ok });
const write = endpoint({ method: 'post', path: '/probe', body: z.object({ note: z.string() }), response: ok });
const publicWrite = endpoint({ method: 'post', path: '/public-probe', response: ok, public: true });
const token = 'vd_0123456789abcdef0123456789abcdef';

/** The client as a build with VITE_AUTH_MODE=`mode` has it: fresh modules read the setting. */
async function clientIn(mode: 'bearer' | 'cookie') {
  vi.stubEnv('VITE_AUTH_MODE', mode);
  vi.resetModules();
  const [client, session, logout] = await Promise.all([
    import('@/lib/api-client'),
    import('@/lib/auth-token'),
    import('@/shared/auth/api/logout'),
  ]);
  return { ...client, ...session, ...logout };
}

/** What each call put on the wire: its headers and whether it sent the browser's cookies. */
function recordCalls() {
  const fetchSpy = vi.spyOn(globalThis, 'fetch');
  return () =>
    fetchSpy.mock.calls.map(([, init]) => ({
      headers: new Headers(init?.headers),
      credentials: init?.credentials,
    }));
}

function answerProbes(status = 200) {
  const answer = () =>
    status === 200
      ? HttpResponse.json({ ok: true })
      : HttpResponse.json({ type: 'about:blank', title: 'Sign in to continue', status }, { status });
  server.use(
    http.get('/api/probe', answer),
    http.post('/api/probe', answer),
    http.post('/api/public-probe', answer),
    http.post('/api/auth/logout', answer),
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.resetModules();
  sessionStorage.clear();
});

describe('bearer mode (the mock backend, demos)', () => {
  it('sends the token in Authorization to signed-in endpoints, not to public ones, and keeps it for a reload', async () => {
    const client = await clientIn('bearer');
    answerProbes();
    client.startSession(token);
    const calls = recordCalls();
    await client.apiRequest(read, {});
    await client.apiRequest(publicWrite, {});

    const [signedIn, open] = calls();
    expect(signedIn?.headers.get('Authorization')).toBe(`Bearer ${token}`);
    expect(open?.headers.has('Authorization')).toBe(false);
    expect(signedIn?.headers.has('X-Requested-With')).toBe(false);
    expect(signedIn?.credentials).toBeUndefined();
    expect(sessionStorage.getItem('vein-desk.token')).toBe(token);
  });

  it('signs out on the server and forgets the token', async () => {
    const client = await clientIn('bearer');
    answerProbes();
    client.startSession(token);
    const calls = recordCalls();
    await client.endSession();
    expect(calls()[0]?.headers.get('Authorization')).toBe(`Bearer ${token}`);
    expect(client.sessionState()).toBe('signed-out');
    expect(sessionStorage.length).toBe(0);
  });
});

describe('cookie mode (a real deployment)', () => {
  it('stores nothing at sign-in and sends the cookie, never an Authorization header', async () => {
    const client = await clientIn('cookie');
    answerProbes();
    client.startSession(token);
    expect(client.getToken()).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
    expect(client.sessionState()).toBe('signed-in');

    const calls = recordCalls();
    await client.apiRequest(read, {});
    const [call] = calls();
    expect(call?.credentials).toBe('include');
    expect(call?.headers.has('Authorization')).toBe(false);
  });

  it('sends the CSRF header on unsafe methods only, public ones included', async () => {
    const client = await clientIn('cookie');
    answerProbes();
    const calls = recordCalls();
    await client.apiRequest(read, {});
    await client.apiRequest(write, { body: { note: 'x' } });
    await client.apiRequest(publicWrite, {});

    const [get, post, publicPost] = calls();
    expect(get?.headers.has('X-Requested-With')).toBe(false);
    expect(post?.headers.get('X-Requested-With')).toBe('vein-desk');
    expect(publicPost?.headers.get('X-Requested-With')).toBe('vein-desk');
    expect(publicPost?.credentials).toBe('include');
  });

  it('signs out on the server even after a reload (the page cannot see the cookie), then knows it is signed out', async () => {
    const client = await clientIn('cookie');
    answerProbes();
    expect(client.sessionState()).toBe('unknown');
    const calls = recordCalls();
    await client.endSession();
    const [logout] = calls();
    expect(logout?.credentials).toBe('include');
    expect(logout?.headers.get('X-Requested-With')).toBe('vein-desk');
    expect(client.sessionState()).toBe('signed-out');
  });

  it('tells the app when the server says the session is gone', async () => {
    const client = await clientIn('cookie');
    answerProbes(401);
    const unauthorized = vi.fn();
    client.onUnauthorized(unauthorized);
    await expect(client.apiRequest(read, {})).rejects.toMatchObject({ status: 401 });
    expect(unauthorized).toHaveBeenCalledOnce();
  });
});
