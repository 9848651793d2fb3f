import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import type { PatientSearchInput } from '../search-schemas';
import { patientEndpoints } from './endpoints';

/** The search text rides in the body; it is in the (in-memory) cache key, never in a URL. */
export const searchPatientsQueryOptions = (input: PatientSearchInput) =>
  queryOptions({
    queryKey: [...rootKeys.patients, 'list', 'search', input] as const,
    queryFn: ({ signal }) => apiRequest(patientEndpoints.search, { body: input, signal }),
    placeholderData: keepPreviousData,
  });

/** One server page of patients; the previous page stays on screen while the next one loads. */
export const useSearchPatients = (input: PatientSearchInput) => useQuery(searchPatientsQueryOptions(input));
