import { pageParam, type UrlFilters, useUrlFilters } from '@/lib/url-filters';
import { type AuditEntity, auditEntities } from '../schemas';

/** The shareable audit view: ids, a kind and dates only (no patient data), in the URL. */
export type AuditFilters = {
  actorId: string | null;
  entity: AuditEntity | null;
  entityId: string | null;
  from: string | null;
  to: string | null;
  page: number;
};

const isEntity = (value: string | null): value is AuditEntity =>
  value !== null && (auditEntities as readonly string[]).includes(value);
const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const entity = params.get('kind');
  const from = params.get('from');
  const to = params.get('to');
  return {
    actorId: params.get('person') || null,
    entity: isEntity(entity) ? entity : null,
    entityId: params.get('record') || null,
    from: isDate(from) ? from : null,
    to: isDate(to) ? to : null,
    page: pageParam(params.get('page')),
  };
}

export function auditFiltersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, string | null][] = [
    ['person', filters.actorId],
    ['kind', filters.entity],
    ['record', filters.entityId],
    ['from', filters.from],
    ['to', filters.to],
    ['page', filters.page > 1 ? String(filters.page) : null],
  ];
  for (const [key, value] of entries) if (value) params.set(key, value);
  return params;
}

const auditUrlFilters: UrlFilters<AuditFilters> = {
  parse: parseAuditFilters,
  toParams: auditFiltersToParams,
  merge: (current, change) => ({ ...current, page: 1, ...change }),
};

export const useAuditFilters = () => useUrlFilters(auditUrlFilters);

/** The filter as the API takes it (absent rather than null). */
export function apiFilter({ actorId, entity, entityId, from, to }: AuditFilters) {
  return {
    ...(actorId ? { actorId } : {}),
    ...(entity ? { entity } : {}),
    ...(entityId ? { entityId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}
