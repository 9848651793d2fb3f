import { settingsEndpoints } from '@/shared/settings/api/endpoints';
import { db } from '../db';
import { recordAudit } from '../model/audit';
import { clearRequestDueTimes } from '../model/request-lateness';
import { route } from '../route';
import { expectVersion, requireRole } from '../utils';

export const settingsHandlers = [
  route(settingsEndpoints.get, () => db.settings),

  route(settingsEndpoints.update, ({ body, actor }) => {
    requireRole(actor, ['admin'], 'change clinic settings');
    expectVersion(db.settings, body.version, 'clinic settings', db.settings);
    db.settings = { ...body, version: db.settings.version + 1 };
    clearRequestDueTimes();
    recordAudit(actor, 'settings', 'clinic', 'update', 'Updated clinic settings');
    return db.settings;
  }),
];
