import { auditEndpoints } from '@/features/audit/api/endpoints';
import { contactRequestEndpoints } from '@/features/contact-requests/api/endpoints';
import { intakeEndpoints } from '@/features/contact-requests/api/intake-endpoints';
import { followUpEndpoints, reviewEndpoints } from '@/features/follow-up-calls/api/endpoints';
import { patientEndpoints } from '@/features/patients/api/endpoints';
import { todayEndpoints } from '@/features/today/api/endpoints';
import { blockEndpoints } from '@/features/treatment-series/api/block-endpoints';
import { seriesEndpoints } from '@/features/treatment-series/api/endpoints';
import { scheduleEndpoints } from '@/features/treatment-series/api/schedule-endpoints';
import type { Endpoint } from '@/lib/endpoint';
import { authEndpoints } from '@/shared/auth/api/endpoints';
import { settingsEndpoints } from '@/shared/settings/api/endpoints';
import { settingsUpdateEndpoints } from '@/shared/settings/api/update-endpoints';
import { staffEndpoints } from '@/shared/staff/api/endpoints';

/**
 * Every endpoint of the API, by group (the OpenAPI tag). A new `endpoint({…})` must be listed
 * here: `contract/__tests__/registry.test.ts` finds the ones that are not.
 */
export const endpointGroups = {
  auth: authEndpoints,
  settings: { ...settingsEndpoints, ...settingsUpdateEndpoints },
  staff: staffEndpoints,
  'contact-requests': { ...intakeEndpoints, ...contactRequestEndpoints },
  patients: patientEndpoints,
  'treatment-series': seriesEndpoints,
  schedule: scheduleEndpoints,
  blocks: blockEndpoints,
  'follow-up-calls': followUpEndpoints,
  reviews: reviewEndpoints,
  audit: auditEndpoints,
  today: todayEndpoints,
} satisfies Record<string, Record<string, Endpoint>>;

export interface ContractEndpoint {
  group: string;
  /** `group.key`, e.g. `patients.create`: the OpenAPI operationId. */
  id: string;
  endpoint: Endpoint;
}

export const contractEndpoints: ContractEndpoint[] = Object.entries(endpointGroups).flatMap(([group, endpoints]) =>
  Object.entries(endpoints).map(([key, endpoint]): ContractEndpoint => ({ group, id: `${group}.${key}`, endpoint })),
);

export const endpointLabel = (endpoint: Endpoint) => `${endpoint.method.toUpperCase()} ${endpoint.path}`;
