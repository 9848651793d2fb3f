import { apiRequest } from '@/lib/api-client';
import { seriesEndpoints } from './endpoints';
import { type SeriesMutationConfig, useSeriesMutation } from './series-cache';

export type AddSessionInput = { seriesId: string; version: number; start: string; durationMinutes: number };

export const addSession = ({ seriesId, ...body }: AddSessionInput) =>
  apiRequest(seriesEndpoints.addSession, { params: { id: seriesId }, body });

export const useAddSession = (seriesId: string, config?: SeriesMutationConfig<AddSessionInput>) =>
  useSeriesMutation(seriesId, addSession, config);
