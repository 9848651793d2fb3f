import { Center, Loader } from '@mantine/core';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { type LoaderFunctionArgs, Outlet, useLocation, useNavigate } from 'react-router';
import { StaffAppShell } from '@/components/layout/app-shell';
import { paths } from '@/config/paths';
import { useCurrentStaff } from '@/features/auth/api/get-me';
import { signOut } from '@/features/auth/api/logout';
import { IdleWarning } from '@/features/auth/components/idle-warning';
import { useIdleSignOut } from '@/features/auth/hooks/use-idle-sign-out';
import { requireStaff } from '@/features/auth/require-staff';
import { onUnauthorized, setToken } from '@/lib/auth-token';
import { useNavBadges } from '../nav-badges';

export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireStaff(queryClient, request);
    return null;
  };

export function PageLoader() {
  return (
    <Center h={200}>
      <Loader aria-label="Loading" />
    </Center>
  );
}

export default function AppLayout() {
  const staff = useCurrentStaff();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const badges = useNavBadges();

  useEffect(
    () =>
      onUnauthorized(() => {
        setToken(null);
        queryClient.clear();
        void navigate(`${paths.login(here)}&reason=expired`, { replace: true });
      }),
    [queryClient, navigate, here],
  );

  const signOutAndLeave = async (reason?: 'idle') => {
    await signOut(queryClient);
    await navigate(reason ? `/login?reason=${reason}` : paths.login(), { replace: true });
  };
  const idle = useIdleSignOut(() => void signOutAndLeave('idle'));

  return (
    <StaffAppShell staff={staff} onSignOut={() => void signOutAndLeave()} badges={badges}>
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
      <IdleWarning secondsLeft={idle.secondsLeft} onStay={idle.staySignedIn} />
    </StaffAppShell>
  );
}
