import type { AuditChange, AuditEntity } from '@/features/audit/schemas';
import { weeklyHoursSchema } from '@/lib/schema-fields';
import { describeWeeklyHours } from '@/lib/weekly-hours';
import type { StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db, nextId } from '../db';

/** Appends one audit entry; `actor` null means the public website (or the system). */
export function recordAudit(
  actor: Pick<StaffMember, 'id' | 'name'> | null,
  entity: AuditEntity,
  entityId: string,
  action: string,
  summary: string,
  at = clock.nowIso(),
  changes?: readonly AuditChange[],
): void {
  db.audit.push({
    id: nextId('aud'),
    at,
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? 'Clinic website',
    entity,
    entityId,
    action,
    summary,
    ...(changes && changes.length > 0 ? { changes: [...changes] } : {}),
  });
}

/** A field's value as staff read it in the trail. */
function describeValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const hours = weeklyHoursSchema.safeParse(value);
  if (hours.success) return describeWeeklyHours(hours.data);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.length > 0 ? value.join(', ') : 'none';
  }
  return JSON.stringify(value);
}

/** The fields of `after` whose value differs from `before`, each with both values. */
export function fieldChanges<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): AuditChange[] {
  return fields.flatMap((field) => {
    if (JSON.stringify(before[field]) === JSON.stringify(after[field])) return [];
    return [{ field, before: describeValue(before[field]), after: describeValue(after[field]) }];
  });
}
