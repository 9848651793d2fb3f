import type { QueryClient } from '@tanstack/react-query';
import { TodayPage } from '@/features/today/components/today-page';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';
import { staffQueryOptions } from '@/shared/staff/api/get-staff';

/** Settings (the clinic's day) and staff (clinician names) first; each card loads its own data. */
export const loader = (queryClient: QueryClient) => async () => {
  await Promise.all([
    queryClient.prefetchQuery(settingsQueryOptions()),
    queryClient.prefetchQuery(staffQueryOptions()),
  ]);
  return null;
};

export default function TodayRoute() {
  return <TodayPage />;
}
