import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { rootKeys } from '@/lib/query-keys';
import type { AuditFilter } from '../schemas';
import { auditEndpoints } from './endpoints';

export type AuditPageQuery = AuditFilter & { page: number; pageSize: number };

export const auditKeys = {
  all: rootKeys.audit,
  page: (query: AuditPageQuery) => [...rootKeys.audit, 'page', query] as const,
};

export const auditPageQueryOptions = (query: AuditPageQuery) =>
  queryOptions({
    queryKey: auditKeys.page(query),
    queryFn: ({ signal }) => apiRequest(auditEndpoints.list, { query, signal }),
    placeholderData: keepPreviousData,
  });

/** One page of the trail, newest first; the previous page stays visible while the next loads. */
export const useAuditPage = (query: AuditPageQuery) => useQuery(auditPageQueryOptions(query));
