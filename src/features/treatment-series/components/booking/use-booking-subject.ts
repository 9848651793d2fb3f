import { useQuery } from '@tanstack/react-query';
import { contactRequestQueryOptions } from '@/features/contact-requests/api/get-contact-request';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import { usePatientsByContact } from '@/features/patients/api/find-patients';
import { usePatient } from '@/features/patients/api/get-patient';
import type { Patient } from '@/features/patients/schemas';

/** Where a booking starts: a contact request, or a patient the clinic already has. */
export type BookingSource = { requestId: string } | { patientId: string };

/** A free slot chosen on the calendar: session 1 there, with that clinician. */
export type BookingSlot = { start: string; clinicianId: string };

/** Who the series is for. From a request, `candidates` are existing patients that may be the same person. */
export type BookingSubject =
  | { kind: 'request'; request: ContactRequest; candidates: Patient[] }
  | { kind: 'patient'; patient: Patient };

export type SubjectState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; subject: BookingSubject };

function useRequestSubject(requestId: string | null): SubjectState {
  const request = useQuery({ ...contactRequestQueryOptions(requestId ?? ''), enabled: requestId !== null });
  const data = request.data;
  // A request merged into a patient belongs to them; one flagged as a possible duplicate may.
  const duplicateId = data?.patientId ?? (data?.duplicateOf?.kind === 'patient' ? data.duplicateOf.id : null);
  const byContact = usePatientsByContact({ phone: data?.phone, email: data?.email }, data !== undefined);
  const duplicate = usePatient(duplicateId ?? '', duplicateId !== null);

  if (request.error) return { status: 'error', error: request.error, retry: () => void request.refetch() };
  const lookups = [byContact, ...(duplicateId ? [duplicate] : [])];
  const failed = lookups.find((lookup) => lookup.error);
  if (failed) return { status: 'error', error: failed.error, retry: () => void failed.refetch() };
  if (!data || lookups.some((lookup) => !lookup.data)) return { status: 'loading' };
  const candidates = new Map((byContact.data ?? []).map((patient) => [patient.id, patient]));
  if (duplicate.data) candidates.set(duplicate.data.id, duplicate.data);
  return { status: 'ready', subject: { kind: 'request', request: data, candidates: [...candidates.values()] } };
}

function usePatientSubject(patientId: string | null): SubjectState {
  const patient = usePatient(patientId ?? '', patientId !== null);
  if (patient.error) return { status: 'error', error: patient.error, retry: () => void patient.refetch() };
  if (!patient.data) return { status: 'loading' };
  return { status: 'ready', subject: { kind: 'patient', patient: patient.data } };
}

export function useBookingSubject(source: BookingSource): SubjectState {
  const fromRequest = useRequestSubject('requestId' in source ? source.requestId : null);
  const fromPatient = usePatientSubject('patientId' in source ? source.patientId : null);
  return 'requestId' in source ? fromRequest : fromPatient;
}
