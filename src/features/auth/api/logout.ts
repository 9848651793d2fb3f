import type { QueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { getToken, setToken } from '@/lib/auth-token';
import { authEndpoints } from './endpoints';

/** Ends the session on the server (best effort) and forgets every cached record. */
export async function signOut(queryClient: QueryClient): Promise<void> {
  if (getToken()) {
    await apiRequest(authEndpoints.logout, {}).catch(() => undefined);
  }
  setToken(null);
  queryClient.clear();
}
