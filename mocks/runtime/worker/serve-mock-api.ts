/// <reference lib="webworker" />
/*
 * The mock backend in the browser runs in a worker, off the page's main thread, like a real
 * server on another machine: the database (restored from IndexedDB), the handlers and the
 * dev panel's controls. The page's MSW handler forwards each API request (`../browser.ts`).
 * Import `./storage-stand-in` before this module (MSW needs it).
 */
import { getResponse, type RequestHandler } from 'msw';
import { problemTypes } from '@/lib/problem';
import { seed } from '../../data/scenarios';
import { notifyChange, onChange, restoreDb, snapshotDb } from '../../server/db';
import { clock } from '../clock';
import { controlCommands, getMockState, subscribe } from '../control';
import { network, setFailureRate, setLatency } from '../network';
import { loadPersistedState, persistAfterChanges } from '../persistence';
import type { PageMessage, SerializedResponse, WorkerMessage } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: WorkerMessage) => self.postMessage(message);

/** Dev default: a believable, slightly jittery network (browser tests set VITE_MOCK_LATENCY=0). */
const devLatencyMs = Number(import.meta.env.VITE_MOCK_LATENCY ?? 250);

async function restoreOrSeed(): Promise<void> {
  const saved = await loadPersistedState().catch(() => null);
  if (!saved) {
    setLatency(devLatencyMs);
    seed('typical');
    return;
  }
  restoreDb(saved.db);
  clock.setState(saved.clock);
  setLatency(saved.network.latencyMs);
  setFailureRate(saved.network.failureRate);
}

const inFlight = new Map<number, AbortController>();

/** A handler that throws answers 500, as MSW does in the page, instead of leaving the request hanging. */
function crashResponse(error: unknown): SerializedResponse {
  console.error('[mocks] A mock handler threw', error);
  const problem = {
    type: problemTypes.server,
    title: 'The mock backend failed',
    status: 500,
    detail: error instanceof Error ? error.message : String(error),
  };
  const headers: [string, string][] = [['Content-Type', 'application/problem+json']];
  return { kind: 'response', status: 500, statusText: 'Internal Server Error', headers, body: JSON.stringify(problem) };
}

async function serialize(response: Response | undefined): Promise<SerializedResponse> {
  if (!response) return { kind: 'unhandled' };
  if (response.type === 'error') return { kind: 'network-error' };
  return {
    kind: 'response',
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: await response.text(),
  };
}

async function answer(
  handlers: RequestHandler[],
  id: number,
  message: Extract<PageMessage, { type: 'fetch' }>['request'],
) {
  const abort = new AbortController();
  inFlight.set(id, abort);
  let serialized: SerializedResponse;
  try {
    const request = new Request(message.url, {
      method: message.method,
      headers: message.headers,
      body: message.body,
      signal: abort.signal,
    });
    serialized = await serialize(await getResponse(handlers, request));
  } catch (error) {
    serialized = crashResponse(error);
  } finally {
    inFlight.delete(id);
  }
  if (!abort.signal.aborted) post({ type: 'response', id, response: serialized });
}

async function runControl(id: number, command: Extract<PageMessage, { type: 'control' }>) {
  try {
    // The protocol types each command's arguments; TypeScript cannot pair them up through the index.
    const run = controlCommands[command.command] as (...args: unknown[]) => unknown;
    await run(...command.args);
    post({ type: 'control-done', id, error: null });
  } catch (error) {
    post({ type: 'control-done', id, error: error instanceof Error ? error.message : String(error) });
  }
}

async function start(): Promise<() => void> {
  await restoreOrSeed();
  notifyChange();
  const persistence = persistAfterChanges(onChange, () => ({
    db: snapshotDb(),
    clock: clock.getState(),
    network: { latencyMs: network.latencyMs, failureRate: network.failureRate },
  }));
  subscribe(() => post({ type: 'state', state: getMockState() }));
  post({ type: 'ready', state: getMockState() });
  return persistence.flush;
}

/**
 * Answers the page's messages with these handlers. The page sends `start` first (the data is
 * restored or seeded at the page's time) and nothing else before `ready`.
 */
export function serveMockApi(handlers: RequestHandler[]): void {
  let flush = () => {};
  self.onmessage = ({ data }: MessageEvent<PageMessage>) => {
    clock.followHost(data.pageNow);
    if (data.type === 'start') {
      void start().then((flushPending) => {
        flush = flushPending;
      });
    } else if (data.type === 'fetch') void answer(handlers, data.id, data.request);
    else if (data.type === 'abort') inFlight.get(data.id)?.abort();
    else if (data.type === 'control') void runControl(data.id, data);
    else flush();
  };
}
