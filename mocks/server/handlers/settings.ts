import { settingsEndpoints } from '@/shared/settings/api/endpoints';
import { settingsUpdateEndpoints } from '@/shared/settings/api/update-endpoints';
import { settingFields } from '@/shared/settings/schemas';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { fieldChanges, recordAudit } from '../model/audit';
import { clearRequestDueTimes } from '../model/request-lateness';
import { publicRoute, route } from '../route';
import { expectVersion, requireRole } from '../utils';

export const settingsHandlers = [
  route(settingsEndpoints.get, () => db.settings),
  publicRoute(settingsEndpoints.publicView, () => ({ country: db.settings.country })),

  route(settingsUpdateEndpoints.update, ({ body, actor }) => {
    requireRole(actor, ['admin'], 'change clinic settings');
    expectVersion(db.settings, body.version, 'clinic settings', db.settings);
    const before = db.settings;
    db.settings = { ...body, version: before.version + 1 };
    // Every rule reads db.settings directly; only the cached inbox due times need dropping.
    clearRequestDueTimes();
    const changes = fieldChanges(before, db.settings, settingFields);
    const summary =
      changes.length > 0
        ? `Updated clinic settings: ${changes.map((c) => c.field).join(', ')}`
        : 'Saved clinic settings unchanged';
    recordAudit(actor, 'settings', 'clinic', 'update', summary, clock.nowIso(), changes);
    return db.settings;
  }),
];
