import type { AuditEntry, AuditFilter } from '@/features/audit/schemas';
import { clinicDate, formatClinic } from '@/lib/clinic-time';
import { db } from '../db';

/** The entries the filter selects, newest first; dates are clinic calendar days, both ends included. */
export function filterAudit(filter: AuditFilter): AuditEntry[] {
  const { timeZone } = db.settings;
  const inRange = (entry: AuditEntry) => {
    if (!filter.from && !filter.to) return true;
    const day = clinicDate(entry.at, timeZone);
    return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
  };
  return db.audit
    .filter(
      (entry) =>
        (!filter.actorId || entry.actorId === filter.actorId) &&
        (!filter.entity || entry.entity === filter.entity) &&
        (!filter.entityId || entry.entityId === filter.entityId) &&
        inRange(entry),
    )
    .reverse();
}

/** The filter in words, for the export's own audit entry. */
export function describeFilter(filter: AuditFilter): string {
  const parts = [
    filter.actorId && `person ${db.staff.get(filter.actorId)?.name ?? filter.actorId}`,
    filter.entity && `kind ${filter.entity}`,
    filter.entityId && `record ${filter.entityId}`,
    filter.from && `from ${filter.from}`,
    filter.to && `to ${filter.to}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'everything';
}

/** Quoted when needed; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const header = ['When (clinic time)', 'Who', 'Kind of record', 'Record', 'Action', 'Summary', 'Changes'];

export function auditCsv(entries: readonly AuditEntry[]): string {
  const { timeZone } = db.settings;
  const rows = entries.map((entry) => [
    formatClinic(entry.at, timeZone, 'YYYY-MM-DD HH:mm'),
    entry.actorName,
    entry.entity,
    entry.entityId,
    entry.action,
    entry.summary,
    (entry.changes ?? [])
      .map((change) => `${change.field}: ${change.before ?? '(none)'} → ${change.after ?? '(none)'}`)
      .join('; '),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
}
