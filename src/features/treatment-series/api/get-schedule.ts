import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import { scheduleEndpoints } from './schedule-endpoints';

/** A time range (ISO instants, `to` exclusive), optionally one clinician's sessions only. */
export type ScheduleQuery = { from: string; to: string; clinicianId?: string };

export const scheduleKeys = {
  all: rootKeys.schedule,
  ranges: () => [...rootKeys.schedule, 'range'] as const,
  range: (query: ScheduleQuery) => [...rootKeys.schedule, 'range', query] as const,
};

export const getSchedule = (query: ScheduleQuery, signal?: AbortSignal) =>
  apiRequest(scheduleEndpoints.range, { query, signal });

export const scheduleQueryOptions = (query: ScheduleQuery) =>
  queryOptions({
    queryKey: scheduleKeys.range(query),
    queryFn: ({ signal }) => getSchedule(query, signal),
    placeholderData: keepPreviousData,
  });

/** Every session overlapping the range; the previous range stays visible while a new one loads. */
export const useSchedule = (query: ScheduleQuery, enabled = true) =>
  useQuery({ ...scheduleQueryOptions(query), enabled });
