import { useRef } from 'react';

/**
 * One key per booking attempt: the same form state keeps its key across retries (a double
 * click, a retry after a timeout), so the server books it once; any change starts a new attempt.
 */
export function useIdempotencyKey() {
  const last = useRef<{ state: string; key: string } | null>(null);
  return (state: unknown): string => {
    const serialised = JSON.stringify(state);
    if (last.current?.state !== serialised) last.current = { state: serialised, key: crypto.randomUUID() };
    return last.current.key;
  };
}
