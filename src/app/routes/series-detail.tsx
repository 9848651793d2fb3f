import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useParams } from 'react-router';
import { ReviewList } from '@/features/follow-up-calls/components/reviews/review-list';
import { seriesQueryOptions } from '@/features/treatment-series/api/get-series';
import { SeriesDetail } from '@/features/treatment-series/components/detail/series-detail';
import { settingsQueryOptions } from '@/shared/settings/api/get-settings';
import { staffQueryOptions } from '@/shared/staff/api/get-staff';

/** A missing series throws here, so the route's error boundary says "Not found". */
export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await Promise.all([
      queryClient.ensureQueryData(seriesQueryOptions(params.id ?? '')),
      queryClient.prefetchQuery(settingsQueryOptions()),
      queryClient.prefetchQuery(staffQueryOptions()),
    ]);
    return null;
  };

export default function SeriesDetailRoute() {
  const { id = '' } = useParams();
  // Composed here: the series feature does not know about follow-up calls.
  return (
    <>
      <SeriesDetail key={id} id={id} />
      <ReviewList query={{ seriesId: id }} title="Concerns from follow-up calls" />
    </>
  );
}
