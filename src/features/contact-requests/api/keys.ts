import { rootKeys } from '@/lib/query-keys';

export const contactRequestKeys = {
  all: rootKeys.contactRequests,
  lists: () => [...rootKeys.contactRequests, 'list'] as const,
  counts: () => [...rootKeys.contactRequests, 'counts'] as const,
  detail: (id: string) => [...rootKeys.contactRequests, 'detail', id] as const,
};
