import { isOpenRequest } from '@/features/contact-requests/domain/request-status';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import type { Patient } from '@/features/patients/schemas';
import type { BookSeriesInput, TreatmentSeries } from '@/features/treatment-series/schemas';
import { formatClinic, toIso } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import type { StaffMember } from '@/shared/staff/schemas';
import { buildPatient, buildSeries, buildSession } from '../../data/factories';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { invalidTransition, validationProblem } from '../problem-error';
import { recordAudit } from './audit';
import { assertPlanBookable } from './booking';
import { saveRequest } from './contact-requests';
import { toSeriesResponse } from './series';

function clinicianFor(id: string): StaffMember {
  const clinician = db.staff.get(id);
  if (!clinician?.active || clinician.role !== 'clinician') {
    throw validationProblem({ clinicianId: ['Choose an active clinician'] });
  }
  return clinician;
}

function requestFor(id: string | null): ContactRequest | null {
  if (id === null) return null;
  const request = db.contactRequests.get(id);
  if (!request) throw validationProblem({ requestId: ['This contact request does not exist'] });
  if (!isOpenRequest(request.status)) {
    throw invalidTransition(`This request is already ${request.status.replace('_', ' ')}: it cannot be booked again.`);
  }
  return request;
}

function existingPatient(id: string | null): Patient | null {
  if (id === null) return null;
  const patient = db.patients.get(id);
  if (!patient) throw validationProblem({ patientId: ['This patient does not exist'] });
  return patient;
}

function patientFromRequest(actor: StaffMember, request: ContactRequest): Patient {
  const patient = buildPatient({
    name: request.name,
    phone: request.phone,
    email: request.email,
    dateOfBirth: null,
    riskFactors: [],
    notes: request.message ? `From the contact form: ${request.message}` : '',
  });
  db.patients.set(patient.id, patient);
  recordAudit(actor, 'patient', patient.id, 'create', `Added patient ${patient.name} from request ${request.id}`);
  return patient;
}

/**
 * Books a whole series at once: every session is checked first, and nothing is created
 * unless all of them can be booked (the checks throw 422 or 409 problems).
 */
export function bookSeries(actor: StaffMember, input: BookSeriesInput): TreatmentSeries {
  const clinician = clinicianFor(input.clinicianId);
  const request = requestFor(input.requestId);
  const patient = existingPatient(input.patientId);
  const patientName = patient?.name ?? request?.name ?? 'New patient';
  assertPlanBookable(input.sessions, {
    clinician,
    spacingDays: input.spacingDays,
    patientName,
    fieldOf: (index) => `sessions.${index}.start`,
    numberOf: (index) => index + 1,
  });

  const bookedPatient = patient ?? (request ? patientFromRequest(actor, request) : null);
  if (!bookedPatient) throw validationProblem({ patientId: ['Choose a patient or start from a request'] });
  const series = buildSeries({
    patientId: bookedPatient.id,
    clinicianId: clinician.id,
    requestId: request?.id ?? null,
    plannedSessions: input.plannedSessions,
    spacingDays: input.spacingDays,
    createdAt: clock.nowIso(),
  });
  db.series.set(series.id, series);
  input.sessions.forEach((planned, index) => {
    const session = buildSession({
      start: toIso(planned.start),
      durationMinutes: planned.durationMinutes,
      seriesId: series.id,
      number: index + 1,
      clinicianId: clinician.id,
    });
    db.sessions.set(session.id, session);
  });
  const first = formatClinic(input.sessions[0]?.start ?? clock.nowIso(), db.settings.timeZone, shortDateTimeFormat);
  recordAudit(
    actor,
    'treatment_series',
    series.id,
    'book',
    `Booked ${input.plannedSessions} sessions for ${bookedPatient.name} with ${clinician.name}, first ${first}`,
  );
  if (request) {
    saveRequest(
      actor,
      request,
      { status: 'booked', patientId: bookedPatient.id },
      'book',
      `booked series ${series.id}`,
    );
  }
  return toSeriesResponse(series);
}
