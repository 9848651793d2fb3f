import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import type { MergeRequestInput } from '../schemas';
import { patientEndpoints } from './endpoints';
import { patientQueryOptions } from './get-patient';

/** Merges a flagged request into the patient; the request and the patient both read differently after. */
export function useMergeRequest(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MergeRequestInput) => apiRequest(patientEndpoints.merge, { params: { id: patientId }, body }),
    onSuccess: (patient) => queryClient.setQueryData(patientQueryOptions(patient.id).queryKey, patient),
    // Success or a stale version: either way both records are to be read again.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: rootKeys.contactRequests });
      void queryClient.invalidateQueries({ queryKey: rootKeys.patients });
    },
  });
}
