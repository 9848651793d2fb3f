import { Badge, Table, Text } from '@mantine/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { formatClinic } from '@/lib/clinic-time';
import { rootKeys } from '@/lib/query-keys';
import { useSettings } from '@/shared/settings/api/get-settings';
import { followUpEndpoints } from '../../api/endpoints';
import { type FollowUpStatus, followUpReasonLabels } from '../../schemas';

const statusLabels: Record<FollowUpStatus, string> = {
  due: 'Due',
  done: 'Done',
  no_answer: 'No answer',
  cancelled: 'Cancelled',
};
const statusColors: Record<FollowUpStatus, string> = {
  due: 'blue',
  done: 'teal',
  no_answer: 'orange',
  cancelled: 'gray',
};

const patientCallsQuery = (patientId: string) =>
  queryOptions({
    queryKey: [...rootKeys.followUps, 'list', 'patient', patientId] as const,
    queryFn: ({ signal }) =>
      apiRequest(followUpEndpoints.list, { query: { patientId, page: 1, pageSize: 50 }, signal }),
  });

/** The patient's follow-up calls, due first by time, with what came of each. */
export function PatientCalls({ patientId }: { patientId: string }) {
  const settings = useSettings();
  const calls = useQuery(patientCallsQuery(patientId));
  if (calls.isPending) return <Text c="dimmed">Loading the calls…</Text>;
  if (calls.isError) return <Text c="red">The calls could not be loaded.</Text>;
  if (calls.data.items.length === 0) return <Text c="dimmed">No follow-up calls.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} aria-label="Follow-up calls">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Call</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calls.data.items.map((call) => (
            <Table.Tr key={call.id}>
              <Table.Td>{followUpReasonLabels[call.reason]}</Table.Td>
              <Table.Td>{formatClinic(call.dueAt, settings.timeZone, 'ddd D MMM YYYY, HH:mm')}</Table.Td>
              <Table.Td>
                <Badge color={statusColors[call.status]} variant="light">
                  {statusLabels[call.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{call.outcomeNote || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
