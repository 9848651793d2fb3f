import { rootKeys } from '@/lib/query-keys';
import type { RequestSearch } from '../schemas';

export const contactRequestKeys = {
  all: rootKeys.contactRequests,
  lists: () => [...rootKeys.contactRequests, 'list'] as const,
  list: (query: RequestSearch) => [...rootKeys.contactRequests, 'list', query] as const,
  counts: () => [...rootKeys.contactRequests, 'counts'] as const,
  detail: (id: string) => [...rootKeys.contactRequests, 'detail', id] as const,
};
