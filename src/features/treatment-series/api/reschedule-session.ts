import { apiRequest } from '@/lib/api-client';
import { seriesEndpoints } from './endpoints';
import { type SeriesMutationConfig, useSeriesMutation } from './series-cache';

export type RescheduleInput = {
  sessionId: string;
  version: number;
  start: string;
  durationMinutes: number;
  /** Move each later scheduled session by the same number of days. */
  shiftLater: boolean;
};

export const rescheduleSession = ({ sessionId, ...body }: RescheduleInput) =>
  apiRequest(seriesEndpoints.reschedule, { params: { id: sessionId }, body });

export const useRescheduleSession = (seriesId: string, config?: SeriesMutationConfig<RescheduleInput>) =>
  useSeriesMutation(seriesId, rescheduleSession, config);
