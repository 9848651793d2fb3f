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
  }),
  me: endpoint({ method: 'get', path: '/auth/me', response: staffMemberSchema }),
  logout: endpoint({ method: 'post', path: '/auth/logout', response: z.object({ ok: z.literal(true) }) }),
};
