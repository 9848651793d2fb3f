import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { type LoaderFunctionArgs, Outlet } from 'react-router';
import { StaffAppShell } from '@/components/layout/app-shell';
import { PageLoader } from '@/components/page-loader';
import { useCurrentStaff } from '@/features/auth/api/get-me';
import { IdleWarning } from '@/features/auth/components/idle-warning';
import { useIdleSignOut } from '@/features/auth/hooks/use-idle-sign-out';
import { useSignOut } from '@/features/auth/hooks/use-sign-out';
import { requireStaff } from '@/features/auth/require-staff';
import { useNavBadges } from '../nav-badges';

export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireStaff(queryClient, request);
    return null;
  };

export default function AppLayout() {
  const staff = useCurrentStaff();
  const badges = useNavBadges();
  const signOut = useSignOut();
  const idle = useIdleSignOut(() => void signOut('idle'));

  return (
    <StaffAppShell staff={staff} onSignOut={() => void signOut()} badges={badges}>
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
      <IdleWarning secondsLeft={idle.secondsLeft} onStay={idle.staySignedIn} />
    </StaffAppShell>
  );
}
