import type { AuditEntity } from '@/features/audit/schemas';
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
  });
}
