import type { Paged } from '@/lib/schema-fields';
import type { Role, StaffMember } from '@/shared/staff/schemas';
import { forbidden, notFound, staleVersion } from './problem-error';

export function paginate<T>(rows: readonly T[], page: number, pageSize: number): Paged<T> {
  const start = (page - 1) * pageSize;
  return { items: rows.slice(start, start + pageSize), total: rows.length, page, pageSize };
}

const roleNames: Record<Role, string> = { front_desk: 'front desk staff', clinician: 'clinicians', admin: 'admins' };

/** 403 unless the actor has one of the roles. */
export function requireRole(actor: StaffMember, roles: readonly Role[], action = 'do this'): void {
  if (roles.includes(actor.role)) return;
  const allowed = roles.map((role) => roleNames[role]).join(' or ');
  throw forbidden(`Only ${allowed} can ${action}.`);
}

export function getOr404<T>(collection: ReadonlyMap<string, T>, id: string | undefined, what: string): T {
  const record = id === undefined ? undefined : collection.get(id);
  if (record === undefined) throw notFound(what, id ?? '');
  return record;
}

/** 409 with the newer record when the client saved over a version it did not see. */
export function expectVersion(record: { version: number }, version: number, what: string, current: unknown): void {
  if (record.version !== version) throw staleVersion(what, current);
}

export function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' });
}
