import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { setToken } from '@/lib/auth-token';
import type { LoginInput } from '../schemas';
import { authEndpoints } from './endpoints';
import { meQueryOptions } from './get-me';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => apiRequest(authEndpoints.login, { body: input }),
    // Signing in again runs while every other request waits for it (see useSessionExpiry).
    networkMode: 'always',
    onSuccess: (session) => {
      setToken(session.token);
      queryClient.setQueryData(meQueryOptions().queryKey, session.staff);
    },
  });
}
