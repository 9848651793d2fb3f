import { apiRequest } from '@/lib/api-client';
import type { TreatedArea } from '../schemas';
import { seriesEndpoints } from './endpoints';
import { type SeriesMutationConfig, useSeriesMutation } from './series-cache';

export type CompleteInput = { sessionId: string; version: number; treatedAreas: TreatedArea[]; notes: string };

/** Clinicians and admins only; the server creates the follow-up calls and may complete the series. */
export const completeSession = ({ sessionId, ...body }: CompleteInput) =>
  apiRequest(seriesEndpoints.complete, { params: { id: sessionId }, body });

export const useCompleteSession = (seriesId: string, config?: SeriesMutationConfig<CompleteInput>) =>
  useSeriesMutation(seriesId, completeSession, config);
