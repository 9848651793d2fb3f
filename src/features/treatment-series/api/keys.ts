import { rootKeys } from '@/lib/query-keys';
import type { SeriesProgress } from '../schemas';

/** The server query of one page of the Series list. */
export type SeriesListQuery = {
  /** Empty means every status. */
  progress: SeriesProgress[];
  clinicianId?: string;
  patientId?: string;
  page: number;
  pageSize: number;
};

export const seriesKeys = {
  all: rootKeys.series,
  lists: () => [...rootKeys.series, 'list'] as const,
  list: (query: SeriesListQuery) => [...rootKeys.series, 'list', query] as const,
  detail: (id: string) => [...rootKeys.series, 'detail', id] as const,
};
