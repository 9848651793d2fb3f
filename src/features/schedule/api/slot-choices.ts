import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { contactRequestEndpoints } from '@/features/contact-requests/api/endpoints';
import { contactRequestKeys } from '@/features/contact-requests/api/keys';
import { patientEndpoints } from '@/features/patients/api/endpoints';
import { addSession } from '@/features/treatment-series/api/add-session';
import { seriesEndpoints } from '@/features/treatment-series/api/endpoints';
import { seriesKeys } from '@/features/treatment-series/api/keys';
import { putChangedSeries } from '@/features/treatment-series/api/series-cache';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';

const choiceCount = 100;

/** Open requests (new or contacting), oldest waiting first: who may be booked into a free slot. */
export const useOpenRequests = (enabled: boolean) =>
  useQuery({
    queryKey: [...contactRequestKeys.lists(), 'open-for-booking'],
    queryFn: ({ signal }) =>
      apiRequest(contactRequestEndpoints.search, {
        body: { status: 'new,contacting', sort: 'waiting', order: 'desc', page: 1, pageSize: choiceCount },
        signal,
      }),
    enabled,
  });

export const usePatientChoices = (enabled: boolean) =>
  useQuery({
    queryKey: [...rootKeys.patients, 'list', 'for-booking'],
    queryFn: ({ signal }) => apiRequest(patientEndpoints.search, { body: { page: 1, pageSize: choiceCount }, signal }),
    enabled,
  });

/** The clinician's active series that have visits left to book or to follow. */
export const useSeriesChoices = (clinicianId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...seriesKeys.lists(), 'for-booking', clinicianId],
    queryFn: ({ signal }) =>
      apiRequest(seriesEndpoints.list, {
        query: {
          clinicianId,
          progress: 'needs_booking,on_track,overdue',
          sort: 'patient',
          page: 1,
          pageSize: choiceCount,
        },
        signal,
      }),
    enabled,
  });

export function useAddVisitAt() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addSession, onSuccess: (series) => putChangedSeries(queryClient, series) });
}
