import { Badge, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { paths } from '@/config/paths';
import { useRequestCounts } from '@/features/contact-requests/api/get-request-counts';

/** Counts shown beside navigation labels, keyed by path. */
export function useNavBadges(): Partial<Record<string, ReactNode>> {
  const newRequests = useRequestCounts().data?.new ?? 0;
  return useMemo(() => {
    if (newRequests === 0) return {};
    const label = `${newRequests} new request${newRequests === 1 ? '' : 's'}`;
    return {
      [paths.requests]: (
        <Badge size="sm" circle={newRequests < 10} title={label}>
          <span aria-hidden>{newRequests > 999 ? '999+' : newRequests}</span>
          <VisuallyHidden>{label}</VisuallyHidden>
        </Badge>
      ),
    };
  }, [newRequests]);
}
