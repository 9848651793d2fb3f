import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { NotBuiltYet } from '@/components/not-built-yet';
import { requireStaff } from '@/features/auth/require-staff';

export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireStaff(queryClient, request, ['admin']);
    return null;
  };

export default function SettingsRoute() {
  return (
    <NotBuiltYet
      title="Settings"
      plan="Clinic settings (opening hours, session length, series defaults, response-time target) and staff accounts, for admins."
    />
  );
}
