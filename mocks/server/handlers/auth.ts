import { authEndpoints } from '@/shared/auth/api/endpoints';
import { db } from '../db';
import { bearerToken, findStaffByEmail, issueToken } from '../model/auth';
import { ProblemError } from '../problem-error';
import { publicRoute, route } from '../route';

export const authHandlers = [
  publicRoute(authEndpoints.login, ({ body }) => {
    const staff = findStaffByEmail(body.email);
    if (!staff?.active || db.passwords.get(staff.id) !== body.password) {
      throw new ProblemError(
        401,
        'unauthenticated',
        'Email or password is incorrect',
        'Check the email address and password, then try again.',
      );
    }
    return { ...issueToken(staff.id), staff };
  }),

  route(authEndpoints.me, ({ actor }) => actor),

  route(authEndpoints.logout, ({ request }) => {
    const token = bearerToken(request);
    if (token) db.tokens.delete(token);
    return { ok: true as const };
  }),
];
