import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import type { Patient, PatientLookup } from '../schemas';
import { patientEndpoints } from './endpoints';

/** Contact details to look a person up by; a patient with either one matches. */
export type PatientContact = PatientLookup;

/** Patients with the same phone number or the same email address, looked up in a request body. */
export async function findPatientsByContact(contact: PatientContact, signal?: AbortSignal): Promise<Patient[]> {
  if (!contact.phone && !contact.email) return [];
  const found = await apiRequest(patientEndpoints.lookup, { body: contact, signal });
  return found.items;
}

export const patientsByContactQueryOptions = (contact: PatientContact) =>
  queryOptions({
    queryKey: [...rootKeys.patients, 'list', 'by-contact', contact] as const,
    queryFn: ({ signal }) => findPatientsByContact(contact, signal),
  });

export const usePatientsByContact = (contact: PatientContact, enabled = true) =>
  useQuery({ ...patientsByContactQueryOptions(contact), enabled });
