/**
 * The mock server's "now", from one place. By default it is the real time; tests
 * freeze it at a fixed instant, the dev panel can move it and let it run on from there.
 */
export type ClockState = { mode: 'real' } | { mode: 'frozen'; atMs: number } | { mode: 'shifted'; offsetMs: number };

let state: ClockState = { mode: 'real' };
/**
 * In the browser the mock runs in a worker, but its "real time" is the page's: each message
 * from the page carries the page's `Date.now()`, so a faked page clock (Playwright's) and
 * the mock backend agree, as they did when the mock ran in the page.
 */
let hostOffsetMs = 0;

const realNowMs = () => Date.now() + hostOffsetMs;

function nowMs(): number {
  if (state.mode === 'frozen') return state.atMs;
  if (state.mode === 'shifted') return realNowMs() + state.offsetMs;
  return realNowMs();
}

function parseInstant(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Not a date and time: "${iso}"`);
  return ms;
}

export const clock = {
  now: (): Date => new Date(nowMs()),
  nowMs,
  nowIso: (): string => new Date(nowMs()).toISOString(),
  /** Frozen (the default) stays at that instant; otherwise time runs on from it. */
  setNow(iso: string, { frozen = true }: { frozen?: boolean } = {}): void {
    const atMs = parseInstant(iso);
    state = frozen ? { mode: 'frozen', atMs } : { mode: 'shifted', offsetMs: atMs - realNowMs() };
  },
  advance(minutes: number): void {
    const deltaMs = minutes * 60_000;
    if (state.mode === 'frozen') state = { mode: 'frozen', atMs: state.atMs + deltaMs };
    else if (state.mode === 'shifted') state = { mode: 'shifted', offsetMs: state.offsetMs + deltaMs };
    else state = { mode: 'shifted', offsetMs: deltaMs };
  },
  followRealTime(): void {
    state = { mode: 'real' };
  },
  /** Real time is now `hostNowMs` (the page's clock; see `hostOffsetMs`). */
  followHost(hostNowMs: number): void {
    hostOffsetMs = hostNowMs - Date.now();
  },
  getState: (): ClockState => state,
  setState(next: ClockState): void {
    state = next;
  },
};
