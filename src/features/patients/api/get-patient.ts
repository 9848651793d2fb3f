import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import { patientEndpoints } from './endpoints';

export const getPatient = (id: string, signal?: AbortSignal) =>
  apiRequest(patientEndpoints.detail, { params: { id }, signal });

export const patientQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...rootKeys.patients, 'detail', id] as const,
    queryFn: ({ signal }) => getPatient(id, signal),
  });

/** One patient; loading and errors (a 404) are the caller's to show. */
export const usePatient = (id: string, enabled = true) => useQuery({ ...patientQueryOptions(id), enabled });
