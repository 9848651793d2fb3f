import { type QueryClient, type UseMutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { rootKeys } from '@/lib/query-keys';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';
import { settingsUpdateEndpoints } from '@/shared/settings/api/update-endpoints';
import { type ClinicSettings, clinicSettingsSchema } from '@/shared/settings/schemas';

export const updateSettings = (settings: ClinicSettings) =>
  apiRequest(settingsUpdateEndpoints.update, { body: settings });

/** The newer settings a stale-version refusal carries, or null. */
export function newerSettings(error: unknown): ClinicSettings | null {
  if (!isApiError(error) || !error.isStaleVersion) return null;
  const parsed = clinicSettingsSchema.safeParse(error.problem.current);
  return parsed.success ? parsed.data : null;
}

/** Every screen reads the settings from the cache; lists whose rules use them (lateness, due times, free slots) refetch. */
function adoptSettings(queryClient: QueryClient, settings: ClinicSettings): void {
  queryClient.setQueryData(settingsQueryOptions().queryKey, settings);
  for (const queryKey of [rootKeys.contactRequests, rootKeys.followUps, rootKeys.schedule, rootKeys.series]) {
    void queryClient.invalidateQueries({ queryKey });
  }
}

type Config = Omit<UseMutationOptions<ClinicSettings, Error, ClinicSettings>, 'mutationFn'>;

export function useUpdateSettings(config: Config = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, onError, ...rest } = config;
  return useMutation<ClinicSettings, Error, ClinicSettings>({
    ...rest,
    mutationFn: updateSettings,
    onSuccess: (...args) => {
      adoptSettings(queryClient, args[0]);
      return onSuccess?.(...args);
    },
    onError: (...args) => {
      const newer = newerSettings(args[0]);
      if (newer) adoptSettings(queryClient, newer);
      return onError?.(...args);
    },
  });
}
