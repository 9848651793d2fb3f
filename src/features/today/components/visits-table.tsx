import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { screeningFlagLabels } from '@/features/patients/schemas';
import { sessionStatusColors, sessionStatusLabels } from '@/features/treatment-series/components/detail/session-labels';
import { calendarDaysBetween, clinicDate, formatClinic, MINUTE_MS, toIso } from '@/lib/clinic-time';
import type { Role } from '@/shared/staff/schemas';
import type { TodayVisit } from '../schemas';
import { VisitOutcomeActions } from './visit-outcome-actions';

type Props = {
  caption: string;
  visits: readonly TodayVisit[];
  timeZone: string;
  now: number;
  role: Role;
  /** Clinician names by id, when the table spans clinicians. */
  clinicianNames?: ReadonlyMap<string, string>;
};

function sinceLastVisit(visit: TodayVisit, timeZone: string): string {
  if (!visit.previousVisitStart) return visit.number === 1 ? 'First visit' : 'No earlier visit completed';
  const days = calendarDaysBetween(clinicDate(visit.previousVisitStart, timeZone), clinicDate(visit.start, timeZone));
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** A clinician's (or the clinic's) visits of one day, in clinic time and in order. */
export function VisitsTable({ caption, visits, timeZone, now, role, clinicianNames }: Props) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Time</Table.Th>
            <Table.Th scope="col">Patient</Table.Th>
            {clinicianNames && <Table.Th scope="col">Clinician</Table.Th>}
            <Table.Th scope="col">Visit</Table.Th>
            <Table.Th scope="col">Since last visit</Table.Th>
            <Table.Th scope="col">Review before treating</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map((visit) => (
            <Table.Tr key={visit.id}>
              <Table.Td>
                {formatClinic(visit.start, timeZone, 'HH:mm')}–
                {formatClinic(toIso(Date.parse(visit.start) + visit.durationMinutes * MINUTE_MS), timeZone, 'HH:mm')}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={paths.seriesDetail(visit.seriesId)}>
                  {visit.patientName}
                </Anchor>
              </Table.Td>
              {clinicianNames && <Table.Td>{clinicianNames.get(visit.clinicianId) ?? 'Unknown'}</Table.Td>}
              <Table.Td>
                Visit {visit.number} of {Math.max(visit.number, visit.plannedSessions)}
              </Table.Td>
              <Table.Td>{sinceLastVisit(visit, timeZone)}</Table.Td>
              <Table.Td>
                {visit.screeningFlags.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    Nothing flagged
                  </Text>
                ) : (
                  <Group gap={4}>
                    {visit.screeningFlags.map((flag) => (
                      <Badge key={flag} color="orange" variant="light" autoContrast>
                        {screeningFlagLabels[flag]}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={sessionStatusColors[visit.status]} variant="light" autoContrast>
                  {sessionStatusLabels[visit.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <VisitOutcomeActions visit={visit} role={role} started={Date.parse(visit.start) <= now} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
