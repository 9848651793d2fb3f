import { type QueryClient, type UseMutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';
import { rootKeys } from '@/lib/query-keys';
import { type TreatmentSeries, treatmentSeriesSchema } from '../schemas';
import { seriesKeys } from './keys';

/** After any change to a series: show the returned series, refresh what may now read differently. */
export function putChangedSeries(queryClient: QueryClient, series: TreatmentSeries): void {
  queryClient.setQueryData(seriesKeys.detail(series.id), series);
  void queryClient.invalidateQueries({ queryKey: seriesKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: rootKeys.schedule });
  void queryClient.invalidateQueries({ queryKey: rootKeys.followUps });
}

/**
 * A stale-version refusal carries the newer series: show it (the open form keeps what the
 * person typed). Any other conflict means the data moved on too (a clash, a changed status).
 */
function adoptRefusal(queryClient: QueryClient, seriesId: string, error: unknown): void {
  if (!isApiError(error) || error.status !== 409) return;
  const current = error.isStaleVersion ? treatmentSeriesSchema.safeParse(error.problem.current) : null;
  if (current?.success) {
    putChangedSeries(queryClient, current.data);
    return;
  }
  void queryClient.invalidateQueries({ queryKey: seriesKeys.detail(seriesId) });
  void queryClient.invalidateQueries({ queryKey: rootKeys.schedule });
}

/** Every change to one series shares this key, so the page can tell when one is running. */
export const seriesChangeKey = (seriesId: string) => [...seriesKeys.detail(seriesId), 'change'] as const;

export type SeriesMutationConfig<TInput> = Omit<
  UseMutationOptions<TreatmentSeries, Error, TInput>,
  'mutationFn' | 'mutationKey'
>;

/** A change that answers with the whole series: the cache effects here, the caller's callbacks kept. */
export function useSeriesMutation<TInput>(
  seriesId: string,
  mutationFn: (input: TInput) => Promise<TreatmentSeries>,
  config: SeriesMutationConfig<TInput> = {},
) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  return useMutation<TreatmentSeries, Error, TInput>({
    ...rest,
    mutationKey: seriesChangeKey(seriesId),
    mutationFn,
    onSuccess: (...args) => {
      putChangedSeries(queryClient, args[0]);
      return onSuccess?.(...args);
    },
    onError: (...args) => {
      adoptRefusal(queryClient, seriesId, args[0]);
      return onError?.(...args);
    },
  });
}
