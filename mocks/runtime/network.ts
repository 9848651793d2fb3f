import { delay, HttpResponse } from 'msw';
import { problemTypes } from '@/lib/problem';

export type FailureKind = 'server' | 'network' | 'timeout';

/** How long a "timeout" failure hangs when the client does not give up first. */
const hangMs = 30_000;

/** Simulated network conditions; tests and the dev panel change them. */
export const network = {
  latencyMs: 0,
  /** 0..1: the share of requests answered with a 500. */
  failureRate: 0,
  queuedFailures: [] as FailureKind[],
};

export function setLatency(ms: number): void {
  network.latencyMs = Math.max(0, ms);
}

export function setFailureRate(rate: number): void {
  network.failureRate = Math.min(1, Math.max(0, rate));
}

/** The next `count` requests fail in the given way, then the network behaves again. */
export function failNext(count: number, kind: FailureKind): void {
  network.queuedFailures.push(...Array.from({ length: count }, () => kind));
}

export function resetNetwork(latencyMs = 0): void {
  network.latencyMs = latencyMs;
  network.failureRate = 0;
  network.queuedFailures = [];
}

function hangUntilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, hangMs);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const serverFailure = () =>
  HttpResponse.json(
    {
      type: problemTypes.server,
      title: 'Something went wrong on the server',
      status: 500,
      detail: 'The mock server simulated a failure. Try again.',
    },
    { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** Waits the simulated latency and answers a simulated failure, or null to go on. */
export async function simulateNetwork(request: Request): Promise<Response | null> {
  if (network.latencyMs > 0) {
    // Jitter (±40 %) is presentation only, so Math.random is fine here.
    await delay(Math.round(network.latencyMs * (0.6 + Math.random() * 0.8)));
  }
  const queued = network.queuedFailures.shift();
  if (queued === 'network') return HttpResponse.error();
  if (queued === 'timeout') {
    await hangUntilAborted(request.signal);
    return HttpResponse.error();
  }
  if (queued === 'server' || Math.random() < network.failureRate) return serverFailure();
  return null;
}
