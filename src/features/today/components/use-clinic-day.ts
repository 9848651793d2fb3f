import { useMemo } from 'react';
import { useServerNow } from '@/features/contact-requests/hooks/use-server-now';
import { startOfClinicDay, startOfNextClinicDay } from '@/lib/clinic-time';
import { useSettings } from '@/shared/settings/api/get-settings';

/** Today and tomorrow in clinic time, by the server's clock (the mock clock in development). */
export function useClinicDay() {
  const { timeZone } = useSettings();
  const now = useServerNow(30_000);
  const todayStart = startOfClinicDay(now, timeZone);
  return useMemo(() => {
    const tomorrowStart = startOfNextClinicDay(todayStart, timeZone);
    return {
      now,
      timeZone,
      today: { from: todayStart, to: tomorrowStart },
      tomorrow: { from: tomorrowStart, to: startOfNextClinicDay(tomorrowStart, timeZone) },
    };
  }, [now, todayStart, timeZone]);
}
