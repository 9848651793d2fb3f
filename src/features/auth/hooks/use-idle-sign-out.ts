import { useEffect, useEffectEvent, useRef, useState } from 'react';

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

export const idleLimitMs = 15 * 60 * 1000;
export const idleWarningMs = 60 * 1000;

/**
 * Counts down from the last activity; `secondsLeft` is set during the warning
 * window, and `onTimeout` runs when the limit is reached.
 */
export function useIdleSignOut(onTimeout: () => void) {
  const lastActivity = useRef(Date.now());
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const timeOut = useEffectEvent(onTimeout);

  useEffect(() => {
    const markActive = () => {
      lastActivity.current = Date.now();
    };
    for (const event of activityEvents) window.addEventListener(event, markActive, { passive: true });
    const timer = window.setInterval(() => {
      const remaining = idleLimitMs - (Date.now() - lastActivity.current);
      if (remaining <= 0) {
        window.clearInterval(timer);
        timeOut();
      } else {
        setSecondsLeft(remaining <= idleWarningMs ? Math.ceil(remaining / 1000) : null);
      }
    }, 1000);
    return () => {
      window.clearInterval(timer);
      for (const event of activityEvents) window.removeEventListener(event, markActive);
    };
  }, []);

  const staySignedIn = () => {
    lastActivity.current = Date.now();
    setSecondsLeft(null);
  };

  return { secondsLeft, staySignedIn };
}
