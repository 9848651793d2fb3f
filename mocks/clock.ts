/**
 * The mock server's "now", from one place. By default it is the real time; tests
 * freeze it at a fixed instant, the dev panel can move it and let it run on from there.
 */
export type ClockState = { mode: 'real' } | { mode: 'frozen'; atMs: number } | { mode: 'shifted'; offsetMs: number };

let state: ClockState = { mode: 'real' };

function nowMs(): number {
  if (state.mode === 'frozen') return state.atMs;
  if (state.mode === 'shifted') return Date.now() + state.offsetMs;
  return Date.now();
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
    state = frozen ? { mode: 'frozen', atMs } : { mode: 'shifted', offsetMs: atMs - Date.now() };
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
  getState: (): ClockState => state,
  setState(next: ClockState): void {
    state = next;
  },
};
