import { accounts, demoPassword } from '@tests/fixtures';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiBaseUrl } from '@/config/env';
import { handlers } from '../../../server/handlers';
import { clock } from '../../clock';
import type { MockState } from '../../control';
import type { PageCommand, SerializedResponse, WorkerMessage } from '../protocol';
import { serveMockApi } from '../serve-mock-api';

/*
 * The worker's side of the page ↔ mock-backend protocol, with `self` standing in for the
 * worker scope: the page's side (`../../browser.ts`) runs in every Playwright test.
 */
// Not the test setup's frozen clock: the backend's clock must follow the page's.
const pageNow = Date.parse('2026-12-01T17:00:00.000Z');
let posted: WorkerMessage[] = [];

function send(command: PageCommand): void {
  const onMessage = self.onmessage;
  if (!onMessage) throw new Error('serveMockApi did not listen');
  onMessage.call(self, new MessageEvent('message', { data: { ...command, pageNow } }));
}

async function reply<T extends WorkerMessage['type']>(type: T, id?: number) {
  let found: Extract<WorkerMessage, { type: T }> | undefined;
  await vi.waitFor(() => {
    found = posted.find(
      (message): message is Extract<WorkerMessage, { type: T }> =>
        message.type === type && (id === undefined || !('id' in message) || message.id === id),
    );
    expect(found).toBeDefined();
  });
  return found as Extract<WorkerMessage, { type: T }>;
}

function fetchMessage(id: number, path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const headers: [string, string][] = [['Content-Type', 'application/json']];
  if (init.token) headers.push(['Authorization', `Bearer ${init.token}`]);
  return {
    type: 'fetch' as const,
    id,
    request: {
      method: init.method ?? 'GET',
      url: new URL(`${apiBaseUrl}${path}`, location.href).href,
      headers,
      body: init.body === undefined ? null : JSON.stringify(init.body),
    },
  };
}

const body = (response: SerializedResponse) => (response.kind === 'response' ? JSON.parse(response.body) : null);

beforeEach(() => {
  clock.followRealTime();
  posted = [];
  vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => {
    posted.push(message as WorkerMessage);
  });
  // No IndexedDB here: the backend seeds the typical clinic, and saving only warns.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  self.onmessage = null;
  clock.followHost(Date.now());
});

describe('the mock backend worker', () => {
  it('seeds at the page’s time, then answers requests and runs the dev panel’s commands', async () => {
    const crashing = http.get(`${apiBaseUrl}/crash`, () => {
      throw new Error('boom');
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    serveMockApi([crashing, ...handlers]);
    send({ type: 'start' });
    const ready = await reply('ready');
    expect(ready.state.scenario).toBe<MockState['scenario']>('typical');

    send({ type: 'control', id: 1, command: 'setLatency', args: [0] });
    expect((await reply('control-done', 1)).error).toBeNull();
    expect(posted.some((message) => message.type === 'state' && message.state.latencyMs === 0)).toBe(true);

    send(
      fetchMessage(2, '/auth/login', {
        method: 'POST',
        body: { email: accounts.front_desk, password: demoPassword },
      }),
    );
    const login = (await reply('response', 2)).response;
    expect(login).toMatchObject({ kind: 'response', status: 200 });
    const { token } = body(login) as { token: string };

    send(fetchMessage(3, '/contact-requests/counts', { token }));
    const counts = (await reply('response', 3)).response;
    expect(counts).toMatchObject({ kind: 'response', status: 200 });
    expect(body(counts)).toHaveProperty('new');
    // The `Date` header is the mock clock, which followed the page's time.
    const date = counts.kind === 'response' ? new Map(counts.headers).get('date') : undefined;
    expect(Date.parse(date ?? '')).toBeGreaterThanOrEqual(pageNow - 1_000);
    expect(Date.parse(date ?? '')).toBeLessThan(pageNow + 60_000);

    send(fetchMessage(4, '/crash'));
    const crash = (await reply('response', 4)).response;
    expect(crash).toMatchObject({ kind: 'response', status: 500 });
    expect(body(crash)).toMatchObject({ title: 'The mock backend failed', detail: 'boom' });
    expect(spy).toHaveBeenCalled();

    send(fetchMessage(5, '/no-such-route'));
    expect((await reply('response', 5)).response).toEqual({ kind: 'unhandled' });

    send({ type: 'control', id: 6, command: 'failNext', args: [1, 'network'] });
    await reply('control-done', 6);
    send(fetchMessage(7, '/contact-requests/counts', { token }));
    expect((await reply('response', 7)).response).toEqual({ kind: 'network-error' });
  });
});
