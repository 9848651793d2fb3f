import { useEffect, useState } from 'react';
import { serverNow, subscribeServerClock } from '@/lib/server-clock';

/** The server's "now", refreshed every `intervalMs` and whenever the server clock is re-learnt. */
export function useServerNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => serverNow().getTime());
  useEffect(() => {
    const tick = () => setNow(serverNow().getTime());
    const timer = setInterval(tick, intervalMs);
    const unsubscribe = subscribeServerClock(tick);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [intervalMs]);
  return now;
}
