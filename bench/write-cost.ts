import type { BrowserContext } from 'playwright-core';
import { trackNetwork } from './network-quiet.ts';
import { median } from './report.ts';
import { tokenStorageKey } from './setup.ts';

/** One kind of request, timed from `fetch()` to its body read, in the page. */
export interface RequestTiming {
  request: string;
  medianMs: number;
  /** Every sample, in order. */
  samplesMs: number[];
  /** The response body, in bytes (the same every time). */
  responseBytes: number;
}

export interface WriteCost {
  /** The dev-panel scenario of the browser context (its mock database). */
  scenario: string;
  cpuThrottling: number;
  write: RequestTiming;
  /** The same write with a stale version: the same request and checks, refused (409), so nothing to commit. */
  refused: RequestTiming;
  read: RequestTiming;
  /** Median write minus median refused write: the change, its audit entry and the commit to IndexedDB. */
  commitMs: number;
  /** Median write minus median read. */
  writeOverReadMs: number;
}

export interface WriteCostOptions {
  origin: string;
  scenario: string;
  cpuThrottling: number;
  /** Rounds timed (a read, a refused write, a write), after two untimed ones. */
  samples: number;
}

interface Samples {
  ms: number[];
  bytes: number;
}

interface PageSamples {
  write: Samples;
  refused: Samples;
  read: Samples;
  callId: string;
}

/**
 * In the page, through the app's API and the bearer token the app holds (sessionStorage):
 * takes the first upcoming follow-up call and, in turn, reads it (`GET /follow-ups/:id`), sends
 * an assignment with a stale version (refused: 409) and assigns it (`POST /follow-ups/:id/assign`,
 * alternately to the signed-in person and to nobody, with the version the last answer gave).
 * Self-contained: Playwright sends its source to the page.
 */
async function timeReadsAndWrites({ samples, tokenKey }: { samples: number; tokenKey: string }): Promise<PageSamples> {
  const headers = { Authorization: `Bearer ${sessionStorage.getItem(tokenKey)}`, 'Content-Type': 'application/json' };
  const call = async (path: string, init: RequestInit = {}, status = 200) => {
    const started = performance.now();
    const response = await fetch(`/api${path}`, { ...init, headers });
    const body = await response.text();
    const ms = performance.now() - started;
    if (response.status !== status) {
      throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}, not ${status}: ${body}`);
    }
    return { ms, bytes: new TextEncoder().encode(body).length, json: JSON.parse(body) };
  };
  const me = (await call('/auth/me')).json;
  const list = (await call('/follow-ups?bucket=upcoming')).json;
  const callId: string | undefined = list.items?.[0]?.id;
  if (!callId) throw new Error('The busy mock has no upcoming follow-up call to assign');
  let version: number = (await call(`/follow-ups/${callId}`)).json.version;
  const result: PageSamples = {
    write: { ms: [], bytes: 0 },
    refused: { ms: [], bytes: 0 },
    read: { ms: [], bytes: 0 },
    callId,
  };
  const assign = (body: { version: number; assigneeId: string | null }, status?: number) =>
    call(`/follow-ups/${callId}/assign`, { method: 'POST', body: JSON.stringify(body) }, status);
  for (let index = -2; index < samples; index += 1) {
    const assigneeId = index % 2 === 0 ? me.id : null;
    const timed = {
      read: await call(`/follow-ups/${callId}`),
      refused: await assign({ version: version + 1, assigneeId }, 409),
      write: await assign({ version, assigneeId }),
    };
    version = timed.write.json.version;
    if (index < 0) continue;
    for (const kind of ['read', 'refused', 'write'] as const) {
      result[kind].ms.push(timed[kind].ms);
      result[kind].bytes = timed[kind].bytes;
    }
  }
  return result;
}

/** Times a small durable write against a read of about the same size, in one fresh tab of `context`. */
export async function measureWriteCost(context: BrowserContext, options: WriteCostOptions): Promise<WriteCost> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const networkQuiet = trackNetwork(page);
    // The app is loaded (its service worker and mock backend are up) before the throttling starts.
    await page.goto(`${options.origin}/follow-ups`);
    await page.locator('main table > tbody > tr').first().waitFor();
    await networkQuiet();
    if (options.cpuThrottling > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottling });
    const timed = await page.evaluate(timeReadsAndWrites, { samples: options.samples, tokenKey: tokenStorageKey });
    const timing = (request: string, { ms, bytes }: Samples): RequestTiming => ({
      request,
      medianMs: median(ms),
      samplesMs: ms,
      responseBytes: bytes,
    });
    const assign = `POST /api/follow-ups/${timed.callId}/assign`;
    const write = timing(assign, timed.write);
    const refused = timing(`${assign} (stale version)`, timed.refused);
    const read = timing(`GET /api/follow-ups/${timed.callId}`, timed.read);
    return {
      scenario: options.scenario,
      cpuThrottling: options.cpuThrottling,
      write,
      refused,
      read,
      commitMs: write.medianMs - refused.medianMs,
      writeOverReadMs: write.medianMs - read.medianMs,
    };
  } finally {
    await page.close();
  }
}
