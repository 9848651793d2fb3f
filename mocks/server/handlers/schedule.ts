import { scheduleEndpoints } from '@/features/treatment-series/api/schedule-endpoints';
import { scheduleEntriesIn } from '../model/schedule-entries';
import { route } from '../route';

export const scheduleHandlers = [
  route(scheduleEndpoints.range, ({ query }) =>
    scheduleEntriesIn(Date.parse(query.from), Date.parse(query.to), query.clinicianId),
  ),
];
