import { patientEndpoints } from '@/features/patients/api/endpoints';
import type { Patient } from '@/features/patients/schemas';
import { parsePhone } from '@/lib/phone';
import type { StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db, nextId } from '../db';
import { recordAudit } from '../model/audit';
import { patientHistory } from '../model/patient-history';
import { mergeRequestIntoPatient } from '../model/patient-merge';
import { searchPatients } from '../model/patient-search';
import { route } from '../route';
import { compareText, expectVersion, getOr404, requireRole } from '../utils';

const clinicalRoles = ['clinician', 'admin'] as const;

/** Screening flags are clinical: only clinicians and admins set them. */
function guardScreeningFlags(actor: StaffMember, flags: readonly string[]): void {
  if (flags.length > 0) requireRole(actor, clinicalRoles, 'set screening flags');
}

function changedFields(before: Patient, after: Partial<Patient>): string {
  const keys = (Object.keys(after) as (keyof Patient)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return keys.length > 0 ? keys.join(', ') : 'nothing';
}

function savePatient(actor: StaffMember, existing: Patient, changes: Partial<Patient>, action: string): Patient {
  const updated: Patient = { ...existing, ...changes, version: existing.version + 1 };
  db.patients.set(updated.id, updated);
  recordAudit(actor, 'patient', updated.id, action, `Updated ${updated.name}: ${changedFields(existing, changes)}`);
  return updated;
}

export const patientHandlers = [
  route(patientEndpoints.search, ({ body }) => searchPatients(body)),

  route(patientEndpoints.lookup, ({ body }) => {
    const parsed = body.phone ? parsePhone(body.phone, db.settings.country) : null;
    const phone = parsed?.ok ? parsed.e164 : null;
    const email = body.email?.toLowerCase() ?? null;
    const items = [...db.patients.values()]
      .filter((patient) => patient.phone === phone || patient.email === email)
      .sort((a, b) => compareText(a.name, b.name) || a.id.localeCompare(b.id));
    return { items: items.slice(0, 10) };
  }),

  route(patientEndpoints.detail, ({ params }) => getOr404(db.patients, params.id, 'Patient')),

  route(patientEndpoints.create, ({ body, actor }) => {
    guardScreeningFlags(actor, body.screeningFlags);
    const patient: Patient = { ...body, clinicalNotes: '', id: nextId('pat'), createdAt: clock.nowIso(), version: 1 };
    db.patients.set(patient.id, patient);
    recordAudit(actor, 'patient', patient.id, 'create', `Added patient ${patient.name}`);
    return patient;
  }),

  route(patientEndpoints.update, ({ body, params, actor }) => {
    const existing = getOr404(db.patients, params.id, 'Patient');
    expectVersion(existing, body.version, 'patient', existing);
    const { version: _version, ...changes } = body;
    return savePatient(actor, existing, changes, 'update');
  }),

  // Clinicians and admins only: the endpoint's roles, checked by route().
  route(patientEndpoints.updateClinical, ({ body, params, actor }) => {
    const existing = getOr404(db.patients, params.id, 'Patient');
    expectVersion(existing, body.version, 'patient', existing);
    const { version: _version, ...changes } = body;
    return savePatient(actor, existing, changes, 'update_clinical');
  }),

  route(patientEndpoints.history, ({ params }) => {
    const patient = getOr404(db.patients, params.id, 'Patient');
    return { items: patientHistory(patient.id) };
  }),

  route(patientEndpoints.merge, ({ body, params, actor }) =>
    mergeRequestIntoPatient(actor, getOr404(db.patients, params.id, 'Patient'), body),
  ),
];
