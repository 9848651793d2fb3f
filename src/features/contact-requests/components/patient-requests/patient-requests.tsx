import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { apiRequest } from '@/lib/api-client';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { useSettings } from '@/shared/settings/api/get-settings';
import { contactRequestEndpoints } from '../../api/endpoints';
import { contactRequestQueryOptions } from '../../api/get-contact-request';
import { contactRequestKeys } from '../../api/keys';
import { concernLabels } from '../../intake-vocabulary';
import { type ContactRequestSummary, type RequestSearch, statusLabels } from '../../schemas';
import { AttemptLog } from '../request-detail/attempt-log';
import { statusColors } from '../request-status';

const patientRequestsQuery = (patientId: string) => {
  const search: RequestSearch = { patientId, sort: 'receivedAt', order: 'desc', page: 1, pageSize: 50 };
  return queryOptions({
    queryKey: contactRequestKeys.list(search),
    queryFn: ({ signal }) => apiRequest(contactRequestEndpoints.search, { body: search, signal }),
  });
};

function RequestAttempts({ request, timeZone }: { request: ContactRequestSummary; timeZone: string }) {
  const detail = useQuery(contactRequestQueryOptions(request.id));
  if (request.attemptCount === 0) return <AttemptLog attempts={[]} timeZone={timeZone} />;
  if (detail.isPending)
    return (
      <Text c="dimmed" size="sm">
        Loading the attempts…
      </Text>
    );
  if (detail.isError)
    return (
      <Text c="red" size="sm">
        The attempts could not be loaded.
      </Text>
    );
  return <AttemptLog attempts={detail.data.attempts} timeZone={timeZone} />;
}

/** The contact requests that became or were merged into the patient, newest first, with their attempts. */
export function PatientRequests({ patientId }: { patientId: string }) {
  const settings = useSettings();
  const requests = useQuery(patientRequestsQuery(patientId));
  if (requests.isPending) return <Text c="dimmed">Loading the requests…</Text>;
  if (requests.isError) return <Text c="red">The requests could not be loaded.</Text>;
  if (requests.data.items.length === 0) return <Text c="dimmed">No contact requests linked to this patient.</Text>;
  return (
    <Stack gap="md">
      {requests.data.items.map((request) => (
        <Stack
          key={request.id}
          gap={4}
          component="article"
          aria-label={`Request received ${formatClinic(request.receivedAt, settings.timeZone, dateTimeFormat)}`}
        >
          <Group gap="xs">
            <Anchor component={Link} to={paths.request(request.id)} fw={600} size="sm">
              Received {formatClinic(request.receivedAt, settings.timeZone, dateTimeFormat)}
            </Anchor>
            <Badge color={statusColors[request.status]} variant="light">
              {statusLabels[request.status]}
            </Badge>
            <Text size="sm" c="dimmed">
              {concernLabels[request.concern]}
            </Text>
          </Group>
          <RequestAttempts request={request} timeZone={settings.timeZone} />
        </Stack>
      ))}
    </Stack>
  );
}
