/// <reference lib="webworker" />
/*
 * The mock backend in the browser runs in a worker, off the page's main thread, like a real
 * server on another machine: the database (restored from IndexedDB), the handlers and the
 * dev panel's controls. The page's MSW handler forwards each API request (`../browser.ts`).
 * In a SharedWorker every tab of the browser talks to this one backend, as to a real server.
 * Import `./storage-stand-in` before this module (MSW needs it).
 */
import { getResponse, type RequestHandler } from 'msw';
import { problemTypes } from '@/lib/problem';
import { seed } from '../../data/scenarios';
import { notifyChange, onChange, restoreDb, snapshotDb } from '../../server/db';
import { clock } from '../clock';
import { controlCommands, getMockState, subscribe } from '../control';
import { network, setFailureRate, setLatency } from '../network';
import { loadPersistedState, type Persistence, persistOnChange } from '../persistence';
import type { PageMessage, SerializedResponse, WorkerMessage } from './protocol';

declare const self: DedicatedWorkerGlobalScope | SharedWorkerGlobalScope;

/** One tab's side of the conversation: a SharedWorker's port, or a dedicated worker's scope. */
export interface PagePort {
  postMessage: (message: WorkerMessage) => void;
}

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

type FetchMessage = Extract<PageMessage, { type: 'fetch' }>;
type ControlMessage = Extract<PageMessage, { type: 'control' }>;

/** The backend: started once (by the first tab's `start`), then serving every tab that connects. */
export function createMockBackend(handlers: RequestHandler[]) {
  const ports = new Set<PagePort>();
  const broadcast = (message: WorkerMessage) => {
    for (const port of ports) port.postMessage(message);
  };
  let started: Promise<Persistence> | null = null;
  const start = () => {
    started ??= restoreOrSeed().then(() => {
      notifyChange();
      const persistence = persistOnChange(onChange, () => ({
        db: snapshotDb(),
        clock: clock.getState(),
        network: { latencyMs: network.latencyMs, failureRate: network.failureRate },
      }));
      subscribe(() => broadcast({ type: 'state', state: getMockState() }));
      return persistence;
    });
    return started;
  };

  async function answer(port: PagePort, inFlight: Map<number, AbortController>, { id, request }: FetchMessage) {
    const persistence = await start();
    const abort = new AbortController();
    inFlight.set(id, abort);
    let serialized: SerializedResponse;
    try {
      const { method, url, headers, body } = request;
      serialized = await serialize(
        await getResponse(handlers, new Request(url, { method, headers, body, signal: abort.signal })),
      );
      // Like a server after its commit: what was accepted is on disk before the answer leaves.
      await persistence.whenDurable();
    } catch (error) {
      serialized = crashResponse(error);
    } finally {
      inFlight.delete(id);
    }
    if (!abort.signal.aborted) port.postMessage({ type: 'response', id, response: serialized });
  }

  async function runControl(port: PagePort, command: ControlMessage) {
    const persistence = await start();
    let error: string | null = null;
    try {
      // The protocol types each command's arguments; TypeScript cannot pair them up through the index.
      const run = controlCommands[command.command] as (...args: unknown[]) => unknown;
      await run(...command.args);
      await persistence.whenDurable();
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    port.postMessage({ type: 'control-done', id: command.id, error });
  }

  /** Listens to one tab: returns what to call with each of its messages. */
  function connect(port: PagePort): (message: PageMessage) => void {
    // Each tab numbers its own requests.
    const inFlight = new Map<number, AbortController>();
    return (message) => {
      clock.followHost(message.pageNow);
      if (message.type === 'start') {
        void start().then(() => {
          ports.add(port);
          port.postMessage({ type: 'ready', state: getMockState() });
        });
      } else if (message.type === 'fetch') void answer(port, inFlight, message);
      else if (message.type === 'abort') inFlight.get(message.id)?.abort();
      else void runControl(port, message);
    };
  }
  return { connect };
}

/**
 * Answers the pages' messages with these handlers, in a SharedWorker (one backend for every
 * tab) or a dedicated worker (one page). A page sends `start` first (the data is restored or
 * seeded at that page's time) and nothing else before `ready`.
 */
export function serveMockApi(handlers: RequestHandler[]): void {
  const backend = createMockBackend(handlers);
  if ('onconnect' in self) {
    self.onconnect = ({ ports: [port] }) => {
      if (!port) return;
      const receive = backend.connect(port);
      port.onmessage = ({ data }: MessageEvent<PageMessage>) => receive(data);
    };
    return;
  }
  const page = self;
  const receive = backend.connect({ postMessage: (message) => page.postMessage(message) });
  page.onmessage = ({ data }: MessageEvent<PageMessage>) => receive(data);
}
