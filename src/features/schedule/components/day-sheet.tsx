import { Stack, Table, Text, Title } from '@mantine/core';
import { screeningFlagLabels } from '@/features/patients/schemas';
import { sessionStatusLabels } from '@/features/treatment-series/components/detail/session-labels';
import type { ScheduleEntry } from '@/features/treatment-series/schedule-schemas';
import { clinicDate, formatClinic } from '@/lib/clinic-time';
import { dayjs } from '@/lib/dayjs';
import { PhoneNumber } from '@/shared/settings/phone-number';
import type { StaffMember } from '@/shared/staff/schemas';
import classes from './day-sheet.module.css';

type Props = { date: string; clinician: StaffMember; entries: readonly ScheduleEntry[]; timeZone: string };

/** One clinician's day as a table, printed as the clinic's paper list: time, patient, visit, flags, phone. */
export function DaySheet({ date, clinician, entries, timeZone }: Props) {
  const rows = entries.filter(
    (entry) =>
      entry.clinicianId === clinician.id && clinicDate(entry.start, timeZone) === date && entry.status !== 'cancelled',
  );
  const title = `Day sheet: ${clinician.name}, ${dayjs.utc(date).format('dddd D MMMM YYYY')}`;
  return (
    <Stack component="section" aria-labelledby="day-sheet-title" gap="xs" className={classes.sheet}>
      <Title order={3} size="h4" id="day-sheet-title">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm">No visits booked.</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Caption>Times are clinic time ({timeZone}). Cancelled visits are left out.</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Time</Table.Th>
              <Table.Th scope="col">Patient</Table.Th>
              <Table.Th scope="col">Visit</Table.Th>
              <Table.Th scope="col">Flags</Table.Th>
              <Table.Th scope="col">Phone</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  {formatClinic(entry.start, timeZone, 'HH:mm')} ({entry.durationMinutes} min)
                </Table.Td>
                <Table.Td>{entry.patientName}</Table.Td>
                <Table.Td>
                  {entry.number} of {entry.plannedSessions}
                </Table.Td>
                <Table.Td>
                  {entry.screeningFlags.map((flag) => screeningFlagLabels[flag]).join(', ') || 'None'}
                </Table.Td>
                <Table.Td>
                  <PhoneNumber value={entry.patientPhone} />
                </Table.Td>
                <Table.Td>{sessionStatusLabels[entry.status]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
