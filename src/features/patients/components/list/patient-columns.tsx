import { Anchor, Badge, Group, Text } from '@mantine/core';
import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { PhoneNumber } from '@/shared/settings/phone-number';
import { screeningFlagLabels } from '../../schemas';
import { type PatientRow, type SeriesState, seriesStateLabels } from '../../search-schemas';

export type PatientTableMeta = { timeZone: string };

// Module scope: a stable feature set and column list keep the table's models cached.
export const patientFeatures = tableFeatures({ rowSortingFeature, tableMeta: {} as PatientTableMeta });

const helper = createColumnHelper<typeof patientFeatures, PatientRow>();

const stateColors: Record<SeriesState, string> = {
  on_track: 'teal',
  needs_booking: 'orange',
  overdue: 'red',
  completed: 'blue',
  discontinued: 'gray',
};

function Dimmed({ children }: { children: string }) {
  return (
    <Text span c="dimmed" size="sm">
      {children}
    </Text>
  );
}

function ClinicTime({ at, timeZone, none }: { at: string | null; timeZone: string; none: string }) {
  return at ? formatClinic(at, timeZone, dateTimeFormat) : <Dimmed>{none}</Dimmed>;
}

export const patientColumns = helper.columns([
  helper.accessor('name', {
    header: 'Name',
    cell: ({ row, getValue }) => (
      <Anchor component={Link} to={paths.patient(row.original.id)} size="sm">
        {getValue()}
      </Anchor>
    ),
  }),
  helper.accessor('phone', {
    header: 'Phone',
    enableSorting: false,
    cell: ({ getValue }) => <PhoneNumber value={getValue()} />,
  }),
  helper.accessor('currentSeries', {
    header: 'Current series',
    enableSorting: false,
    cell: ({ getValue }) => {
      const series = getValue();
      if (!series) return <Dimmed>No series</Dimmed>;
      return (
        <Group gap={6} wrap="nowrap">
          <Text span size="sm">
            {series.completedVisits} of {series.plannedVisits} visits
          </Text>
          <Badge color={stateColors[series.state]} variant="light">
            {seriesStateLabels[series.state]}
          </Badge>
        </Group>
      );
    },
  }),
  helper.accessor('nextVisitAt', {
    id: 'nextVisit',
    header: 'Next visit',
    sortDescFirst: false,
    cell: ({ getValue, table }) => (
      <ClinicTime at={getValue()} timeZone={(table.options.meta as PatientTableMeta).timeZone} none="None booked" />
    ),
  }),
  helper.accessor('lastContactAt', {
    id: 'lastContact',
    header: 'Last contact',
    sortDescFirst: false,
    cell: ({ getValue, table }) => (
      <ClinicTime at={getValue()} timeZone={(table.options.meta as PatientTableMeta).timeZone} none="Never" />
    ),
  }),
  helper.display({
    id: 'flags',
    header: 'Flags',
    cell: ({ row }) => {
      const { screeningFlags, possibleDuplicates } = row.original;
      if (screeningFlags.length === 0 && possibleDuplicates === 0) return <Dimmed>None</Dimmed>;
      return (
        <Group gap={4}>
          {screeningFlags.map((flag) => (
            <Badge key={flag} color="orange" variant="light" title="Clinician review before treating">
              {screeningFlagLabels[flag]}
            </Badge>
          ))}
          {possibleDuplicates > 0 && (
            <Badge color="grape" variant="light">
              Possible duplicate
            </Badge>
          )}
        </Group>
      );
    },
  }),
]);
