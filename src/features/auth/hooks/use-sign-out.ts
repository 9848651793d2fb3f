import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { getToken } from '@/lib/auth-token';
import { endSession } from '../../../shared/auth/api/logout';

/**
 * Signing out (by choice or when idle) ends the session and leaves for the sign-in page, which
 * forgets every cached record (`useForgetSignedOutData`). After an idle sign-out, signing in
 * again returns to where the person was.
 */
export function useSignOut() {
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;

  return useCallback(
    async (reason?: 'idle') => {
      await endSession();
      await navigate(reason ? `${paths.login(here)}&reason=${reason}` : paths.login(), { replace: true });
    },
    [navigate, here],
  );
}

/**
 * On the sign-in page, signed out: forget every cached record. Only once the signed-in pages
 * have unmounted (this effect runs after that commit), or a page still on screen during the
 * navigation would fetch its data again without a token.
 */
export function useForgetSignedOutData(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!getToken()) queryClient.clear();
  }, [queryClient]);
}
