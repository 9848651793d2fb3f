import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import { patientEndpoints } from './endpoints';

export const patientHistoryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...rootKeys.patients, 'history', id] as const,
    queryFn: ({ signal }) => apiRequest(patientEndpoints.history, { params: { id }, signal }),
  });

/** The audit entries about the patient's record, newest first. */
export const usePatientHistory = (id: string) => useQuery(patientHistoryQueryOptions(id));
