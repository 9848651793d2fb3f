/**
 * The server's idea of "now". Waiting times and lateness are measured against the
 * server clock, learnt from each response's `Date` header, not the browser's.
 */
let offsetMs = 0;
const listeners = new Set<() => void>();

export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}

export function learnServerTime(dateHeader: string | null): void {
  if (!dateHeader) return;
  const serverMs = Date.parse(dateHeader);
  if (Number.isNaN(serverMs)) return;
  const next = serverMs - Date.now();
  // The header has one-second resolution: ignore jitter below that.
  if (Math.abs(next - offsetMs) < 1500) return;
  offsetMs = next;
  for (const listener of listeners) listener();
}

export function subscribeServerClock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
