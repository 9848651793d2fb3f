import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import { useSeriesList } from '../../api/get-series-list';
import { sessionStatusColors, sessionStatusLabels } from '../detail/session-labels';

/** Every visit of the patient's series, newest first (the same query as the series list above it). */
export function PatientVisits({ patientId }: { patientId: string }) {
  const settings = useSettings();
  const staff = useStaff();
  const { data, isPending, isError } = useSeriesList({ progress: [], patientId, page: 1, pageSize: 20 });
  if (isPending) return <Text c="dimmed">Loading the visits…</Text>;
  if (isError) return <Text c="red">The visits could not be loaded.</Text>;
  const visits = data.items
    .flatMap((series) => series.sessions.map((session) => ({ session, series })))
    .sort((a, b) => b.session.start.localeCompare(a.session.start));
  if (visits.length === 0) return <Text c="dimmed">No visits booked yet.</Text>;
  const names = new Map(staff.map((member) => [member.id, member.name]));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} aria-label="Visits">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Visit</Table.Th>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Clinician</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map(({ session, series }) => (
            <Table.Tr key={session.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.seriesDetail(series.id)} size="sm">
                  Visit {session.number} of {series.plannedSessions}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatClinic(session.start, settings.timeZone, dateTimeFormat)}</Table.Td>
              <Table.Td>{names.get(session.clinicianId) ?? 'Unknown clinician'}</Table.Td>
              <Table.Td>
                <Badge color={sessionStatusColors[session.status]} variant="light">
                  {sessionStatusLabels[session.status]}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
