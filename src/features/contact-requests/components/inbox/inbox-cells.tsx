import { Anchor, Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatClinic } from '@/lib/clinic-time';
import { formatWaiting } from '../../domain/response-time';
import { type ContactRequestSummary, openRequestStatuses, type RequestStatus, statusLabels } from '../../schemas';
import { areaLabels, contactMethodLabels, preferredTimeLabels } from '../intake/field-labels';
import type { InboxTableMeta } from './inbox-columns';
import { cachedResponseStatus } from './response-status-cache';

type CellProps = { request: ContactRequestSummary; meta: InboxTableMeta };

const waitingBadges = {
  late: { color: 'red', label: 'Late' },
  soon: { color: 'orange', label: 'Due soon' },
} as const;

/** How long the person waited for first contact, against the response-time target. */
export function WaitingCell({ request, meta }: CellProps) {
  const open = (openRequestStatuses as readonly RequestStatus[]).includes(request.status);
  if (!request.firstContactAt && !open) {
    return (
      <Text span size="sm" c="dimmed" title="Never contacted">
        –<VisuallyHidden>never contacted</VisuallyHidden>
      </Text>
    );
  }
  const status = cachedResponseStatus(request, meta.now, meta.settings);
  const waited = formatWaiting(status.waitingMinutes);
  const due = formatClinic(status.dueAt, meta.settings.timeZone, 'ddd D MMM HH:mm');
  if (request.firstContactAt) {
    return (
      <Text
        size="sm"
        c={status.late ? 'red' : 'dimmed'}
        truncate
        title={`First contact after ${waited} (target: ${due})`}
      >
        {waited}
        <Text span size="xs" inherit={false} c={status.late ? 'red' : 'dimmed'}>
          {status.late ? ' · contacted late' : ' · contacted'}
        </Text>
      </Text>
    );
  }
  const badge = status.level === 'ok' ? null : waitingBadges[status.level];
  return (
    <Group gap={6} wrap="nowrap" title={`First contact due ${due}`}>
      <Text size="sm" fw={badge ? 600 : 400} c={badge?.color}>
        {waited}
      </Text>
      {badge && (
        <Badge size="xs" color={badge.color} variant="light">
          {badge.label}
        </Badge>
      )}
    </Group>
  );
}

export function ReceivedCell({ request, meta }: CellProps) {
  return formatClinic(request.receivedAt, meta.settings.timeZone, 'D MMM YYYY, HH:mm');
}

export function NameCell({ request, meta }: CellProps) {
  return (
    // The row is the keyboard stop (Enter opens it); the link serves pointers and screen readers.
    <Anchor component={Link} to={{ pathname: paths.request(request.id), search: meta.search }} tabIndex={-1} size="sm">
      {request.name}
    </Anchor>
  );
}

export function AreasCell({ request }: Pick<CellProps, 'request'>) {
  return request.areas.map((area) => areaLabels[area]).join(', ');
}

export function PreferredContactCell({ request }: Pick<CellProps, 'request'>) {
  const times = request.preferredTimes.map((time) => preferredTimeLabels[time].toLowerCase()).join(', ');
  return (
    <>
      {contactMethodLabels[request.preferredContactMethod]}
      {times && (
        <Text span size="xs" c="dimmed">
          {` · ${times}`}
        </Text>
      )}
    </>
  );
}

const statusColors: Record<RequestStatus, string> = {
  new: 'blue',
  contacting: 'grape',
  booked: 'teal',
  not_candidate: 'gray',
  closed: 'gray',
};

export function StatusCell({ status }: { status: RequestStatus }) {
  return (
    <Badge color={statusColors[status]} variant="light">
      {statusLabels[status]}
    </Badge>
  );
}

export function AssigneeCell({ request, meta }: CellProps) {
  if (!request.assigneeId) {
    return (
      <Text span size="sm" c="dimmed">
        Unassigned
      </Text>
    );
  }
  return meta.staffNames.get(request.assigneeId) ?? 'Former staff member';
}

export function DuplicateCell({ request }: Pick<CellProps, 'request'>) {
  const match = request.duplicateOf;
  if (!match) return null;
  const detail = `Same ${match.matchedOn} as ${match.kind === 'patient' ? 'patient' : 'open request of'} ${match.name}`;
  return (
    <Badge color="yellow" variant="light" title={detail}>
      Duplicate?
      <VisuallyHidden>{`: ${detail}`}</VisuallyHidden>
    </Badge>
  );
}
