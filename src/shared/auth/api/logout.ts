import { apiRequest } from '@/lib/api-client';
import { forgetSession, sessionState } from '@/lib/auth-token';
import { authEndpoints } from './endpoints';

/** Ends the session on the server (best effort; in cookie mode it also clears the cookie) and forgets it here. */
export async function endSession(): Promise<void> {
  if (sessionState() !== 'signed-out') {
    await apiRequest(authEndpoints.logout, {}).catch(() => undefined);
  }
  forgetSession();
}
