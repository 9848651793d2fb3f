import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authMode } from '@/config/env';
import { apiRequest } from '@/lib/api-client';
import { ContractError } from '@/lib/api-error';
import { startSession } from '@/lib/auth-token';
import type { LoginInput } from '../schemas';
import { authEndpoints } from './endpoints';
import { meQueryOptions } from './get-me';

async function signIn(input: LoginInput) {
  const session = await apiRequest(authEndpoints.login, { body: input });
  if (authMode === 'bearer' && !session.token) {
    throw new ContractError('POST /auth/login', [{ path: ['token'], message: 'missing (bearer mode needs it)' }]);
  }
  return session;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    // Signing in again runs while every other request waits for it (see useSessionExpiry).
    networkMode: 'always',
    onSuccess: (session) => {
      startSession(session.token);
      queryClient.setQueryData(meQueryOptions().queryKey, session.staff);
    },
  });
}
