import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback } from 'react';
import { type LoaderFunctionArgs, Outlet } from 'react-router';
import { StaffAppShell } from '@/app/layout/app-shell';
import { PageLoader } from '@/components/page-loader';
import { useIdleSignOut } from '@/features/auth/hooks/use-idle-sign-out';
import { useSessionExpiry } from '@/features/auth/hooks/use-session-expiry';
import { useSignOut } from '@/features/auth/hooks/use-sign-out';
import { requireStaff } from '@/features/auth/require-staff';
import { useCurrentStaff } from '@/shared/auth/api/get-me';
import { useNavBadges } from '../nav-badges';

// Loaded a minute before an idle sign-out, not with every page.
const IdleWarning = lazy(() =>
  import('@/features/auth/components/idle-warning').then((module) => ({ default: module.IdleWarning })),
);
// Loaded when a session ends (its form and dialog are most of the shell's code otherwise).
const SignInAgain = lazy(() =>
  import('@/features/auth/components/sign-in-again').then((module) => ({ default: module.SignInAgain })),
);

export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireStaff(queryClient, request);
    return null;
  };

// One element for every render, so the memoized shell skips re-rendering when only the page changes.
const page = (
  <Suspense fallback={<PageLoader />}>
    <Outlet />
  </Suspense>
);

export default function AppLayout() {
  const staff = useCurrentStaff();
  const badges = useNavBadges();
  const signOut = useSignOut();
  const idle = useIdleSignOut(() => void signOut('idle'));
  const signOutNow = useCallback(() => void signOut(), [signOut]);
  const session = useSessionExpiry();
  return (
    <>
      <StaffAppShell staff={staff} onSignOut={signOutNow} badges={badges}>
        {page}
      </StaffAppShell>
      {session.expired && (
        <Suspense fallback={null}>
          <SignInAgain email={staff.email} onSignedIn={session.resume} onSignOut={signOutNow} />
        </Suspense>
      )}
      {idle.secondsLeft !== null && (
        <Suspense fallback={null}>
          <IdleWarning secondsLeft={idle.secondsLeft} onStay={idle.staySignedIn} />
        </Suspense>
      )}
    </>
  );
}
