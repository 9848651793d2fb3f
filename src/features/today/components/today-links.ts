import { paths } from '@/config/paths';
import { seriesFiltersToParams } from '@/features/treatment-series/components/list/use-series-filters';

/** The filtered views the cards link to: filters only, never patient data. */
export const todayLinks = {
  newRequests: `${paths.requests}?status=new`,
  lateRequests: `${paths.requests}?late=true`,
  overdueCalls: `${paths.followUps}?bucket=overdue`,
  callsToday: `${paths.followUps}?bucket=today`,
  needsBooking: `${paths.series}?${seriesFiltersToParams({ progress: ['needs_booking'], clinicianId: null, page: 1 })}`,
  schedule: paths.schedule,
};
