import { patientEndpoints } from '@/features/patients/api/endpoints';
import type { Patient, PatientInput } from '@/features/patients/schemas';
import { normalisePhone } from '@/lib/schema-fields';
import type { StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db, nextId } from '../db';
import { recordAudit } from '../model/audit';
import { route } from '../route';
import { compareText, expectVersion, getOr404, paginate, requireRole } from '../utils';

function matchesSearch(patient: Patient, q: string): boolean {
  const needle = q.toLowerCase();
  const digits = q.replace(/\D/g, '');
  return (
    patient.name.toLowerCase().includes(needle) ||
    patient.email.includes(needle) ||
    (digits.length >= 3 && patient.phone.includes(digits))
  );
}

/** Screening flags are clinical: only clinicians and admins set or change them. */
function guardScreeningFlags(actor: StaffMember, before: readonly string[], after: readonly string[]): void {
  const changed = before.length !== after.length || after.some((flag) => !before.includes(flag));
  if (changed) requireRole(actor, ['clinician', 'admin'], 'change screening flags');
}

function changedFields(before: Patient, after: PatientInput): string {
  const keys = (Object.keys(after) as (keyof PatientInput)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return keys.length > 0 ? keys.join(', ') : 'nothing';
}

export const patientHandlers = [
  route(patientEndpoints.list, ({ query }) => {
    const phone = query.phone ? normalisePhone(query.phone) : null;
    const email = query.email?.trim().toLowerCase() ?? null;
    const rows = [...db.patients.values()]
      .filter((patient) => !query.q || matchesSearch(patient, query.q))
      .filter((patient) => phone === null || patient.phone === phone)
      .filter((patient) => email === null || patient.email === email)
      .sort((a, b) => compareText(a.name, b.name) || a.id.localeCompare(b.id));
    return paginate(rows, query.page, query.pageSize);
  }),

  route(patientEndpoints.detail, ({ params }) => getOr404(db.patients, params.id, 'Patient')),

  route(patientEndpoints.create, ({ body, actor }) => {
    guardScreeningFlags(actor, [], body.screeningFlags);
    const patient: Patient = { ...body, id: nextId('pat'), createdAt: clock.nowIso(), version: 1 };
    db.patients.set(patient.id, patient);
    recordAudit(actor, 'patient', patient.id, 'create', `Added patient ${patient.name}`);
    return patient;
  }),

  route(patientEndpoints.update, ({ body, params, actor }) => {
    const existing = getOr404(db.patients, params.id, 'Patient');
    expectVersion(existing, body.version, 'patient', existing);
    const { version: _version, ...input } = body;
    guardScreeningFlags(actor, existing.screeningFlags, input.screeningFlags);
    const updated: Patient = { ...existing, ...input, version: existing.version + 1 };
    db.patients.set(updated.id, updated);
    recordAudit(actor, 'patient', updated.id, 'update', `Updated ${updated.name}: ${changedFields(existing, input)}`);
    return updated;
  }),
];
