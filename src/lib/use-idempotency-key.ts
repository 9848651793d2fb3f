import { useRef } from 'react';

/**
 * One key per attempt at a create: the same form state keeps its key across retries (a double
 * click, a retry after a timeout), so the server writes it once; any change starts a new
 * attempt, and so does `renew` once the server has it (the same values again are a new create).
 */
export function useIdempotencyKey() {
  const last = useRef<{ state: string; key: string } | null>(null);
  return {
    keyFor: (state: unknown): string => {
      const serialised = JSON.stringify(state);
      if (last.current?.state !== serialised) last.current = { state: serialised, key: crypto.randomUUID() };
      return last.current.key;
    },
    renew: () => {
      last.current = null;
    },
  };
}
