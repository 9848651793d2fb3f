import type { StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { ProblemError } from '../problem-error';

const sessionHours = 12;

const unauthenticated = (detail: string) => new ProblemError(401, 'unauthenticated', 'Sign in to continue', detail);

export function findStaffByEmail(email: string): StaffMember | undefined {
  const wanted = email.trim().toLowerCase();
  return [...db.staff.values()].find((member) => member.email === wanted);
}

export function issueToken(staffId: string): { token: string; expiresAt: string } {
  // getRandomValues also works outside secure contexts (a dev server opened by LAN address).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const token = `vd_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  const expiresAt = new Date(clock.nowMs() + sessionHours * 3_600_000).toISOString();
  db.tokens.set(token, { staffId, expiresAt });
  return { token, expiresAt };
}

export function bearerToken(request: Request): string | null {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** The signed-in staff member, or a 401 problem. */
export function authenticate(request: Request): StaffMember {
  const token = bearerToken(request);
  if (!token) throw unauthenticated('This request needs a signed-in staff member.');
  const session = db.tokens.get(token);
  if (!session) throw unauthenticated('Your session is not valid any more. Sign in again.');
  if (Date.parse(session.expiresAt) <= clock.nowMs()) {
    db.tokens.delete(token);
    throw unauthenticated('Your session has expired. Sign in again.');
  }
  const staff = db.staff.get(session.staffId);
  if (!staff?.active) throw unauthenticated('This account is not active any more.');
  return staff;
}
