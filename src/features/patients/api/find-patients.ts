import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import type { Patient } from '../schemas';
import { patientEndpoints } from './endpoints';

/** Contact details to look a person up by; each one that is given is searched on its own. */
export type PatientContact = { phone?: string; email?: string };

/** Patients with the same phone number or the same email address (either one matches). */
export async function findPatientsByContact(contact: PatientContact, signal?: AbortSignal): Promise<Patient[]> {
  const searches = [
    contact.phone ? { phone: contact.phone } : null,
    contact.email ? { email: contact.email } : null,
  ].filter((search) => search !== null);
  const pages = await Promise.all(
    searches.map((search) => apiRequest(patientEndpoints.list, { query: { ...search, pageSize: 10 }, signal })),
  );
  const byId = new Map(pages.flatMap((page) => page.items).map((patient) => [patient.id, patient]));
  return [...byId.values()];
}

export const patientsByContactQueryOptions = (contact: PatientContact) =>
  queryOptions({
    queryKey: [...rootKeys.patients, 'list', 'by-contact', contact] as const,
    queryFn: ({ signal }) => findPatientsByContact(contact, signal),
  });

export const usePatientsByContact = (contact: PatientContact, enabled = true) =>
  useQuery({ ...patientsByContactQueryOptions(contact), enabled });
