import { apiRequest } from '@/lib/api-client';
import { seriesEndpoints } from './endpoints';
import { type SeriesMutationConfig, useSeriesMutation } from './series-cache';

export type DiscontinueInput = { seriesId: string; version: number; reason: string };

/** Cancels the future sessions and the calls still due about the series. */
export const discontinueSeries = ({ seriesId, ...body }: DiscontinueInput) =>
  apiRequest(seriesEndpoints.discontinue, { params: { id: seriesId }, body });

export const useDiscontinueSeries = (seriesId: string, config?: SeriesMutationConfig<DiscontinueInput>) =>
  useSeriesMutation(seriesId, discontinueSeries, config);
