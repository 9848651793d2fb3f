import { pageParam, type UrlFilters, useUrlFilters } from '@/lib/url-filters';
import { type PatientSort, patientSorts } from '../../search-schemas';

/** The shareable part of the patients view. The search text is not here: it is patient data. */
export type PatientFilters = {
  activeSeries: boolean;
  needsBooking: boolean;
  needsReview: boolean;
  sort: PatientSort;
  order: 'asc' | 'desc';
  page: number;
};

const flags = ['activeSeries', 'needsBooking', 'needsReview'] as const;
export type PatientFlagFilter = (typeof flags)[number];

const paramNames: Record<PatientFlagFilter, string> = {
  activeSeries: 'active',
  needsBooking: 'booking',
  needsReview: 'review',
};

export function parsePatientFilters(params: URLSearchParams): PatientFilters {
  const sort = params.get('sort');
  return {
    activeSeries: params.get(paramNames.activeSeries) === 'true',
    needsBooking: params.get(paramNames.needsBooking) === 'true',
    needsReview: params.get(paramNames.needsReview) === 'true',
    sort: patientSorts.find((value) => value === sort) ?? 'name',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: pageParam(params.get('page')),
  };
}

export function patientFiltersToParams(filters: PatientFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const flag of flags) if (filters[flag]) params.set(paramNames[flag], 'true');
  if (filters.sort !== 'name' || filters.order !== 'asc') {
    params.set('sort', filters.sort);
    params.set('order', filters.order);
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export const isFiltered = (filters: PatientFilters) => flags.some((flag) => filters[flag]);

const patientUrlFilters: UrlFilters<PatientFilters> = {
  parse: parsePatientFilters,
  toParams: patientFiltersToParams,
  // A new filter or sort starts again at page 1; paging keeps the rest.
  merge: (current, change) => ({ ...current, page: 1, ...change }),
  history: 'replace',
};

/** Filters, sort and page of the patients list, in the URL. */
export const usePatientFilters = () => useUrlFilters(patientUrlFilters);
