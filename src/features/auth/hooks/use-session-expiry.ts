import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { forgetSession, onUnauthorized, sessionState } from '@/lib/auth-token';

/**
 * When the server says the session is gone (expired or revoked), the person signs in again
 * where they are: nothing unmounts, so every form keeps what was typed. Until then queries and
 * mutations wait as if offline (nothing refetches and fails behind the dialog), and afterwards
 * they run again.
 */
export function useSessionExpiry() {
  const queryClient = useQueryClient();
  const [expired, setExpired] = useState(false);

  useEffect(
    () =>
      onUnauthorized(() => {
        // A request that was under way when the person signed out.
        if (sessionState() === 'signed-out') return;
        forgetSession();
        onlineManager.setOnline(false);
        setExpired(true);
      }),
    [],
  );
  // Leaving the signed-in pages (signing out instead) must not leave the app "offline".
  useEffect(() => () => onlineManager.setOnline(true), []);

  const resume = useCallback(() => {
    onlineManager.setOnline(true);
    setExpired(false);
    void queryClient.invalidateQueries({ predicate: (query) => query.state.status === 'error' });
  }, [queryClient]);

  return { expired, resume };
}
