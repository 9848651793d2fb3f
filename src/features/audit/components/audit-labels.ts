import { paths } from '@/config/paths';
import { type SettingField, settingLabels } from '@/shared/settings/schemas';
import { staffFieldLabels } from '@/shared/staff/schemas';
import type { AuditEntity, AuditEntry } from '../schemas';

export const entityLabels: Record<AuditEntity, string> = {
  contact_request: 'Contact request',
  patient: 'Patient',
  treatment_series: 'Treatment series',
  session: 'Visit',
  follow_up_call: 'Follow-up call',
  staff: 'Staff account',
  settings: 'Clinic settings',
  audit: 'Audit trail',
  block: 'Blocked time',
};

const isSettingField = (field: string): field is SettingField => field in settingLabels;
const isStaffField = (field: string): field is keyof typeof staffFieldLabels => field in staffFieldLabels;

/** A changed field as staff name it; fields of other records keep the contract's name. */
export function fieldLabel(entity: AuditEntity, field: string): string {
  if (entity === 'settings' && isSettingField(field)) return settingLabels[field];
  if (entity === 'staff' && isStaffField(field)) return staffFieldLabels[field];
  return field;
}

/** Where the record of an entry can be opened, when it has a page. */
export function recordHref(entry: Pick<AuditEntry, 'entity' | 'entityId'>): string | null {
  switch (entry.entity) {
    case 'contact_request':
      return paths.request(entry.entityId);
    case 'patient':
      return paths.patient(entry.entityId);
    case 'treatment_series':
      return paths.seriesDetail(entry.entityId);
    case 'settings':
      return paths.settings;
    default:
      return null;
  }
}
