import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-error';
import { sessionState } from '@/lib/auth-token';
import type { Role } from '@/shared/staff/schemas';
import { meQueryOptions } from '../../shared/auth/api/get-me';

function returnPath(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

/** Loader guard: no valid session sends the person to sign-in and back here afterwards. */
export async function requireStaff(queryClient: QueryClient, request: Request, roles?: readonly Role[]) {
  // In cookie mode, after a reload, only the server knows whether there is a session.
  const state = sessionState();
  if (state === 'signed-out') throw redirect(paths.login(returnPath(request)));
  try {
    const staff = await queryClient.fetchQuery(meQueryOptions());
    if (roles && !roles.includes(staff.role)) {
      throw new Response('This page is for admins only', { status: 403, statusText: 'Forbidden' });
    }
    return staff;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      const login = paths.login(returnPath(request));
      throw redirect(state === 'signed-in' ? `${login}&reason=expired` : login);
    }
    throw error;
  }
}
