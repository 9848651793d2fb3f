import { auditEndpoints } from '@/features/audit/api/endpoints';
import { db } from '../db';
import { route } from '../route';
import { paginate } from '../utils';

export const auditHandlers = [
  route(auditEndpoints.list, ({ query }) => {
    const rows = db.audit
      .filter(
        (entry) =>
          (!query.entity || entry.entity === query.entity) && (!query.entityId || entry.entityId === query.entityId),
      )
      .reverse();
    return paginate(rows, query.page, query.pageSize);
  }),
];
