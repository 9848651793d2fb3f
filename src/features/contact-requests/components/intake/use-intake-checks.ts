import { useCallback, useRef, useState } from 'react';
import type { PhoneRules } from './intake-checks';

const loadChecks = () => import('./intake-checks');

export type IntakeChecks = Awaited<ReturnType<typeof loadChecks>> & { phone: PhoneRules };

/**
 * The form's checks (see `intake-checks.ts`) with the clinic's phone rules, loaded when the person
 * first reaches into the form (`prepare`): a visit that only reads the page loads none of it.
 * `ready()` waits for them (a submit before they arrived); a failed load is tried again on the
 * next call.
 */
export function useIntakeChecks() {
  const [loaded, setLoaded] = useState<IntakeChecks | null>(null);
  const pending = useRef<Promise<IntakeChecks> | null>(null);

  const ready = useCallback(() => {
    pending.current ??= loadChecks()
      .then(async (checks) => ({ ...checks, phone: await checks.loadPhoneRules() }))
      .then((checks) => {
        setLoaded(checks);
        return checks;
      })
      .catch((error: unknown) => {
        pending.current = null;
        throw error;
      });
    return pending.current;
  }, []);

  // A failure here shows on submit, which asks again.
  const prepare = useCallback(() => void ready().catch(() => undefined), [ready]);

  return { loaded, ready, prepare };
}
