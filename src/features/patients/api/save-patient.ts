import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { rootKeys } from '@/lib/query-keys';
import type { PatientContactInput } from '../contact-input-schemas';
import { type Patient, type PatientClinicalInput, patientSchema } from '../schemas';
import { patientEndpoints } from './endpoints';
import { patientQueryOptions } from './get-patient';

/** The newer record a stale save was refused with, or null. */
export function newerPatient(error: unknown): Patient | null {
  if (!isApiError(error) || !error.isStaleVersion) return null;
  const current = patientSchema.safeParse(error.problem.current);
  return current.success ? current.data : null;
}

function showSaved(queryClient: QueryClient, patient: Patient) {
  queryClient.setQueryData(patientQueryOptions(patient.id).queryKey, patient);
  // Lists, lookups and the record's history now read differently.
  void queryClient.invalidateQueries({
    queryKey: rootKeys.patients,
    predicate: (query) => query.queryKey[1] !== 'detail',
  });
}

/**
 * A save of part of the patient's record. Not optimistic: the form keeps what was typed until
 * the server answers. A stale version puts the newer record on screen and fails, so the form
 * can say so and offer to save again over the newer version.
 */
function usePatientSave<TInput>(send: (input: TInput) => Promise<Patient>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (patient) => showSaved(queryClient, patient),
    onError: (error) => {
      const newer = newerPatient(error);
      if (newer) showSaved(queryClient, newer);
    },
  });
}

export const useUpdatePatientContact = (id: string) =>
  usePatientSave((body: PatientContactInput) => apiRequest(patientEndpoints.update, { params: { id }, body }));

export const useUpdatePatientClinical = (id: string) =>
  usePatientSave((body: PatientClinicalInput) => apiRequest(patientEndpoints.updateClinical, { params: { id }, body }));
