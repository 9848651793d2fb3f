import type { QueryClient } from '@tanstack/react-query';
import { SeriesList } from '@/features/treatment-series/components/list/series-list';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';
import { staffQueryOptions } from '@/shared/staff/api/get-staff';

/** Settings and staff are needed for every row; the list itself shows its own loading state. */
export const loader = (queryClient: QueryClient) => async () => {
  await Promise.all([
    queryClient.prefetchQuery(settingsQueryOptions()),
    queryClient.prefetchQuery(staffQueryOptions()),
  ]);
  return null;
};

export default function SeriesRoute() {
  return <SeriesList />;
}
