import { apiBaseUrl } from '@/config/env';
import type { MockState } from './control';
import type {
  ControlArgs,
  ControlCommand,
  PageCommand,
  PageMessage,
  SerializedResponse,
  WorkerMessage,
} from './worker/protocol';

/*
 * MSW's service worker hands each API request to this page (`./service-worker.ts`), which
 * forwards it to the mock backend's own worker (`worker/mock-api.worker.ts`): the data and the
 * handlers stay off the page's main thread, as a real server would.
 */
let backend: Worker | MessagePort | null = null;
const send = (command: PageCommand) => {
  if (!backend) throw new Error('The mock backend has not started');
  const message: PageMessage = { ...command, pageNow: Date.now() };
  backend.postMessage(message);
};

let nextId = 1;
const pendingResponses = new Map<number, (response: SerializedResponse) => void>();
const pendingCommands = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

let state: MockState | null = null;
const stateListeners = new Set<() => void>();
let announceReady: (state: MockState) => void = () => {};
const ready = new Promise<MockState>((resolve) => {
  announceReady = resolve;
});

function receive({ data }: MessageEvent<WorkerMessage>): void {
  if (data.type === 'response') {
    pendingResponses.get(data.id)?.(data.response);
    pendingResponses.delete(data.id);
  } else if (data.type === 'control-done') {
    const pending = pendingCommands.get(data.id);
    pendingCommands.delete(data.id);
    if (data.error === null) pending?.resolve();
    else pending?.reject(new Error(data.error));
  } else {
    state = data.state;
    for (const listener of stateListeners) listener();
    if (data.type === 'ready') announceReady(data.state);
  }
}

async function forward(request: Request): Promise<SerializedResponse> {
  // Requests made while the backend still restores its data wait, as for a slow server.
  await ready;
  const id = nextId++;
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
  const answered = new Promise<SerializedResponse>((resolve) => pendingResponses.set(id, resolve));
  request.signal.addEventListener('abort', () => {
    pendingResponses.delete(id);
    send({ type: 'abort', id });
  });
  send({
    type: 'fetch',
    id,
    request: { method: request.method, url: request.url, headers: [...request.headers], body },
  });
  return answered;
}

function command<K extends ControlCommand>(name: K, ...args: ControlArgs<K>): Promise<void> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pendingCommands.set(id, { resolve, reject });
    // A generic name does not narrow the union of commands: the signature above pairs them.
    send({ type: 'control', id, command: name, args } as PageCommand);
  });
}

/** The dev panel's view of the mock backend: its state, and commands the worker runs. */
export const mockControl = {
  /** Null until the backend has restored or seeded its data. */
  getMockState: (): MockState | null => state,
  subscribe(listener: () => void): () => void {
    stateListeners.add(listener);
    return () => stateListeners.delete(listener);
  },
  setScenario: (...args: ControlArgs<'setScenario'>) => command('setScenario', ...args),
  resetData: () => command('resetData'),
  setLatency: (...args: ControlArgs<'setLatency'>) => command('setLatency', ...args),
  setFailureRate: (...args: ControlArgs<'setFailureRate'>) => command('setFailureRate', ...args),
  failNext: (...args: ControlArgs<'failNext'>) => command('failNext', ...args),
  setClockTo: (...args: ControlArgs<'setClockTo'>) => command('setClockTo', ...args),
  advanceClock: (...args: ControlArgs<'advanceClock'>) => command('advanceClock', ...args),
  simulateIncomingRequest: () => command('simulateIncomingRequest'),
};

/**
 * One backend for every tab of the browser (a SharedWorker), as with a real server: a change
 * made in one tab is there for the others, and a stale save is refused. Where SharedWorker is
 * missing (Chrome on Android) each tab runs its own.
 */
// Vite bundles a worker only when its URL is written inside the constructor call.
const appBackend = (): Worker | SharedWorker =>
  typeof SharedWorker === 'undefined'
    ? new Worker(new URL('./worker/mock-api.worker.ts', import.meta.url), { type: 'module', name: 'mock-api' })
    : new SharedWorker(new URL('./worker/mock-api.worker.ts', import.meta.url), { type: 'module', name: 'mock-api' });

/**
 * Starts the mock backend's worker (it restores the data saved before the last reload, or
 * seeds the typical clinic) and MSW's service worker. Await it before rendering: API
 * requests are then answered, the first ones once the backend is ready.
 */
export async function startMockWorker(createBackend: () => Worker | SharedWorker = appBackend): Promise<void> {
  // MSW's code downloads while the backend restores its data.
  const serviceWorker = import('./service-worker');
  const worker = createBackend();
  backend = worker instanceof Worker ? worker : worker.port;
  backend.onmessage = receive;
  send({ type: 'start' });
  void ready.then(({ scenario }) =>
    console.info(`[mocks] Mock API on ${apiBaseUrl} (scenario "${scenario}"). Open "Mock backend" to change it.`),
  );
  await (await serviceWorker).startServiceWorker(forward);
}
