import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { endSession } from '../../../shared/auth/api/logout';

/**
 * Signing out (by choice or when idle) leaves the signed-in pages first and only then forgets
 * every cached record, so no page refetches with a missing token on the way out. After an
 * idle sign-out, signing in again returns to where the person was.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;

  return useCallback(
    async (reason?: 'idle') => {
      await endSession();
      await navigate(reason ? `${paths.login(here)}&reason=${reason}` : paths.login(), { replace: true });
      queryClient.clear();
    },
    [navigate, queryClient, here],
  );
}
