import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { requireStaff } from '@/features/auth/require-staff';
import { StaffPage } from '@/features/staff/components/staff-page';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';
import { staffQueryOptions } from '@/shared/staff/api/get-staff';

export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireStaff(queryClient, request, ['admin']);
    await Promise.all([
      queryClient.prefetchQuery(settingsQueryOptions()),
      queryClient.prefetchQuery(staffQueryOptions()),
    ]);
    return null;
  };

export default function StaffRoute() {
  return <StaffPage />;
}
