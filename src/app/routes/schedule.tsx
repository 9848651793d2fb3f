import type { QueryClient } from '@tanstack/react-query';
import { SchedulePage } from '@/features/schedule/components/schedule-page';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';
import { staffQueryOptions } from '@/shared/staff/api/get-staff';

export const loader = (queryClient: QueryClient) => async () => {
  await Promise.all([
    queryClient.ensureQueryData(settingsQueryOptions()),
    queryClient.ensureQueryData(staffQueryOptions()),
  ]);
  return null;
};

export default function ScheduleRoute() {
  return <SchedulePage />;
}
