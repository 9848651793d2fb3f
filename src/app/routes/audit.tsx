import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { AuditPage } from '@/features/audit/components/audit-page';
import { requireStaff } from '@/features/auth/require-staff';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';
import { staffQueryOptions } from '@/shared/staff/api/get-staff';

/** Admins only: other roles see a record's history on that record's page. */
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

export default function AuditRoute() {
  return <AuditPage />;
}
