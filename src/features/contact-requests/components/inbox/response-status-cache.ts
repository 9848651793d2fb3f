import type { ClinicSettings } from '@/shared/settings/schemas';
import { type ResponseStatus, responseStatus } from '../../domain/response-time';
import type { ContactRequestSummary } from '../../schemas';

type Cached = { now: number; settings: ClinicSettings; status: ResponseStatus };

// Time-zone arithmetic is the costly part of a row: compute it once per request object and minute.
const cache = new WeakMap<ContactRequestSummary, Cached>();

export function cachedResponseStatus(
  request: ContactRequestSummary,
  now: number,
  settings: ClinicSettings,
): ResponseStatus {
  const hit = cache.get(request);
  if (hit && hit.now === now && hit.settings === settings) return hit.status;
  const status = responseStatus(request, now, settings);
  cache.set(request, { now, settings, status });
  return status;
}
