import { auditEndpoints } from '@/features/audit/api/endpoints';
import { clinicDate } from '@/lib/clinic-time';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { recordAudit } from '../model/audit';
import { auditCsv, describeFilter, filterAudit } from '../model/audit-query';
import { route } from '../route';
import { paginate, requireRole } from '../utils';

export const auditHandlers = [
  // Reading the trail is not itself audited (it would bury the changes in reads).
  route(auditEndpoints.list, ({ query, actor }) => {
    requireRole(actor, ['admin'], 'read the whole audit trail');
    const { page, pageSize, ...filter } = query;
    return paginate(filterAudit(filter), page, pageSize);
  }),

  route(auditEndpoints.export, ({ body, actor }) => {
    requireRole(actor, ['admin'], 'export the audit trail');
    const entries = filterAudit(body);
    const csv = auditCsv(entries);
    recordAudit(
      actor,
      'audit',
      'export',
      'export',
      `Exported ${entries.length === 1 ? '1 entry' : `${entries.length} entries`}; filter: ${describeFilter(body)}`,
    );
    const fileName = `audit-trail-${clinicDate(clock.nowMs(), db.settings.timeZone)}.csv`;
    return { fileName, csv, rows: entries.length };
  }),
];
