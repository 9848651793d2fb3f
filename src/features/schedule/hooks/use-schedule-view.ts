import { calendarDateSchema } from '@/lib/schema-fields';
import { type UrlFilters, useUrlFilters } from '@/lib/url-filters';

export const scheduleViews = ['clinic', 'day', 'week'] as const;
export type ScheduleView = (typeof scheduleViews)[number];
export const scheduleViewLabels: Record<ScheduleView, string> = { clinic: 'Clinic day', day: 'Day', week: 'Week' };

/** What the calendar shows, all in the URL (ids and dates only). Absent values take the person's defaults. */
export type ScheduleViewState = { view: ScheduleView | null; date: string | null; clinicianId: string | null };

const isView = (value: string | null): value is ScheduleView =>
  (scheduleViews as readonly (string | null)[]).includes(value);

export function parseScheduleView(params: URLSearchParams): ScheduleViewState {
  const view = params.get('view');
  const date = calendarDateSchema.safeParse(params.get('date'));
  return {
    view: isView(view) ? view : null,
    date: date.success ? date.data : null,
    clinicianId: params.get('clinician'),
  };
}

export function scheduleViewToParams(state: ScheduleViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view) params.set('view', state.view);
  if (state.date) params.set('date', state.date);
  if (state.clinicianId) params.set('clinician', state.clinicianId);
  return params;
}

const scheduleUrl: UrlFilters<ScheduleViewState> = {
  parse: parseScheduleView,
  toParams: scheduleViewToParams,
  // Paging through days should not fill the Back button's history.
  history: 'replace',
};

export const useScheduleView = () => useUrlFilters(scheduleUrl);
