import type { z } from 'zod';
import type { MergeableField, mergeRequestInputSchema, Patient } from '@/features/patients/schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { db } from '../db';
import { invalidTransition } from '../problem-error';
import { expectVersion, getOr404 } from '../utils';
import { recordAudit } from './audit';
import { saveRequest } from './contact-requests';

type MergeInput = z.output<typeof mergeRequestInputSchema>;

const fieldWords: Record<MergeableField, string> = { name: 'name', phone: 'phone', email: 'email' };

/**
 * Links a request flagged as a possible duplicate to the patient: the request keeps all its
 * details and attempts and now belongs to the patient's record; any of the patient's details
 * replaced by the request's are kept in the patient's notes. Both records get an audit entry.
 */
export function mergeRequestIntoPatient(actor: StaffMember, patient: Patient, input: MergeInput): Patient {
  const request = getOr404(db.contactRequests, input.requestId, 'Contact request');
  expectVersion(patient, input.version, 'patient', patient);
  expectVersion(request, input.requestVersion, 'contact request', patient);
  if (request.duplicateOf?.kind !== 'patient' || request.duplicateOf.id !== patient.id) {
    throw invalidTransition(`Request ${request.id} is not flagged as a possible duplicate of ${patient.name}.`);
  }
  if (request.patientId !== null && request.patientId !== patient.id) {
    throw invalidTransition(`Request ${request.id} already belongs to another patient.`);
  }
  const replaced = input.take.filter((field) => request[field] !== patient[field]);
  const earlier = replaced.map((field) => `${fieldWords[field]} before merging ${request.id}: ${patient[field]}`);
  const updated: Patient = {
    ...patient,
    ...Object.fromEntries(replaced.map((field) => [field, request[field]])),
    notes: [patient.notes, ...earlier].filter(Boolean).join('\n'),
    version: patient.version + 1,
  };
  db.patients.set(updated.id, updated);
  saveRequest(
    actor,
    request,
    { patientId: patient.id, duplicateOf: null },
    'merge',
    `merged into patient ${updated.name}`,
  );
  const took =
    replaced.length > 0 ? `; took the request's ${replaced.map((field) => fieldWords[field]).join(', ')}` : '';
  recordAudit(
    actor,
    'patient',
    patient.id,
    'merge',
    `Merged request ${request.id} (${request.name}) into ${updated.name}${took}`,
  );
  return updated;
}
