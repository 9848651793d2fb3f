import { Badge, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { paths } from '@/config/paths';
import { useRequestCounts } from '@/features/contact-requests/api/get-request-counts';
import { useFollowUpCounts } from '@/features/follow-up-calls/api/get-follow-up-counts';

function CountBadge({ count, label }: { count: number; label: string }) {
  return (
    <Badge size="sm" circle={count < 10} title={label}>
      <span aria-hidden>{count > 999 ? '999+' : count}</span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </Badge>
  );
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Counts shown beside navigation labels, keyed by path; both poll like the inbox. */
export function useNavBadges(): Partial<Record<string, ReactNode>> {
  const newRequests = useRequestCounts().data?.new ?? 0;
  const calls = useFollowUpCounts().data;
  const callsDue = calls ? calls.overdue + calls.today : 0;
  return useMemo(() => {
    const badges: Partial<Record<string, ReactNode>> = {};
    if (newRequests > 0) {
      badges[paths.requests] = <CountBadge count={newRequests} label={`${plural(newRequests, 'new request')}`} />;
    }
    if (callsDue > 0) {
      badges[paths.followUps] = (
        <CountBadge count={callsDue} label={`${plural(callsDue, 'call')} overdue or due today`} />
      );
    }
    return badges;
  }, [newRequests, callsDue]);
}
