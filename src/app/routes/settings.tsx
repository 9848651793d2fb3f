import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { requireStaff } from '@/features/auth/require-staff';
import { SettingsPage } from '@/features/settings/components/settings-page';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';

export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireStaff(queryClient, request, ['admin']);
    await queryClient.prefetchQuery(settingsQueryOptions());
    return null;
  };

export default function SettingsRoute() {
  return <SettingsPage />;
}
