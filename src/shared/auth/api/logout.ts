import { apiRequest } from '@/lib/api-client';
import { getToken, setToken } from '@/lib/auth-token';
import { authEndpoints } from './endpoints';

/** Ends the session on the server (best effort) and forgets the token. */
export async function endSession(): Promise<void> {
  if (getToken()) {
    await apiRequest(authEndpoints.logout, {}).catch(() => undefined);
  }
  setToken(null);
}
