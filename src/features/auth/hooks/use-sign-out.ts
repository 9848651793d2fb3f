import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { getToken, onUnauthorized, setToken } from '@/lib/auth-token';
import { endSession } from '../../../shared/auth/api/logout';

/**
 * Signing out (by choice, when idle, or when the server says the session is gone) leaves
 * the signed-in pages first and only then forgets every cached record, so no page
 * refetches with a missing token on the way out.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;

  useEffect(
    () =>
      onUnauthorized(() => {
        if (!getToken()) return;
        setToken(null);
        void Promise.resolve(navigate(`${paths.login(here)}&reason=expired`, { replace: true })).then(() =>
          queryClient.clear(),
        );
      }),
    [queryClient, navigate, here],
  );

  return useCallback(
    async (reason?: 'idle') => {
      await endSession();
      await navigate(reason ? `${paths.login()}?reason=${reason}` : paths.login(), { replace: true });
      queryClient.clear();
    },
    [navigate, queryClient],
  );
}
