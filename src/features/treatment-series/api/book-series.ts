import { type UseMutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { rootKeys } from '@/lib/query-keys';
import type { BookSeriesInput, TreatmentSeries } from '../schemas';
import { seriesEndpoints } from './endpoints';
import { seriesKeys } from './keys';

/** Books every session at once; the server creates all of them or none. */
export const bookSeries = (input: BookSeriesInput) => apiRequest(seriesEndpoints.book, { body: input });

type Config = Omit<UseMutationOptions<TreatmentSeries, Error, BookSeriesInput>, 'mutationFn'>;

export function useBookSeries(config: Config = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  return useMutation<TreatmentSeries, Error, BookSeriesInput>({
    ...rest,
    mutationFn: bookSeries,
    onSuccess: (...args) => {
      const [series] = args;
      queryClient.setQueryData(seriesKeys.detail(series.id), series);
      void queryClient.invalidateQueries({ queryKey: seriesKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: rootKeys.schedule });
      // The request is now booked and linked to its patient (lists, counts and its detail);
      // the patient may be new.
      void queryClient.invalidateQueries({ queryKey: rootKeys.contactRequests });
      void queryClient.invalidateQueries({ queryKey: rootKeys.patients });
      onSuccess?.(...args);
    },
    onError: (...args) => {
      // Someone booked that time meanwhile: the availability shown must catch up.
      if (isApiError(args[0]) && args[0].isScheduleConflict) {
        void queryClient.invalidateQueries({ queryKey: rootKeys.schedule });
      }
      onError?.(...args);
    },
  });
}
