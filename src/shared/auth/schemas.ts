import { z } from 'zod';
import { staffMemberSchema } from '@/shared/staff/schemas';

export const loginInputSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter your work email address')),
  password: z.string().min(1, 'Enter your password'),
});

export const authSessionSchema = z.object({
  // Bearer mode only: a cookie-mode server sets its session cookie instead (see the contract's securitySchemes).
  token: z.string().min(16).optional(),
  expiresAt: z.iso.datetime({ offset: true }),
  staff: staffMemberSchema,
});

export type LoginInput = z.infer<typeof loginInputSchema>;
export type AuthSession = z.infer<typeof authSessionSchema>;
