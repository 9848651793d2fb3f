import { z } from 'zod';
import { endpoint } from '@/lib/endpoint';
import { staffMemberSchema } from '@/shared/staff/schemas';
import { authSessionSchema, loginInputSchema } from '../schemas';

export const authEndpoints = {
  login: endpoint({
    method: 'post',
    path: '/auth/login',
    body: loginInputSchema,
    response: authSessionSchema,
    public: true,
    summary: 'Sign in with email and password',
    problems: ['unauthenticated'],
  }),
  me: endpoint({
    method: 'get',
    path: '/auth/me',
    summary: 'Read the signed-in staff member',
    response: staffMemberSchema,
  }),
  logout: endpoint({
    method: 'post',
    path: '/auth/logout',
    summary: 'Sign out (ends this token)',
    response: z.object({ ok: z.literal(true) }),
  }),
};
