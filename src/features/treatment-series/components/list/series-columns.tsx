import { Anchor, Text } from '@mantine/core';
import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { seriesVisitSummary } from '../../domain/series-progress';
import type { TreatmentSeries } from '../../schemas';
import { unrecordedVisitText } from '../unrecorded-visit';
import { ProgressBadge } from './progress-badge';

export type SeriesTableMeta = {
  timeZone: string;
  /** Server time (epoch ms) the last and next sessions are measured from. */
  now: number;
  staffNames: ReadonlyMap<string, string>;
};

// Module scope: a stable feature set and column list keep the table's models cached.
export const seriesFeatures = tableFeatures({ tableMeta: {} as SeriesTableMeta });

const helper = createColumnHelper<typeof seriesFeatures, TreatmentSeries>();

function SessionWhen({ start, timeZone }: { start: string | undefined; timeZone: string }) {
  if (!start)
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  return formatClinic(start, timeZone, dateTimeFormat);
}

export const seriesColumns = helper.columns([
  helper.accessor('patientName', {
    header: 'Patient',
    cell: ({ row, getValue }) => (
      <Anchor component={Link} to={paths.seriesDetail(row.original.id)} size="sm">
        {getValue()}
      </Anchor>
    ),
  }),
  helper.accessor('clinicianId', {
    header: 'Clinician',
    cell: ({ getValue, table }) =>
      (table.options.meta as SeriesTableMeta).staffNames.get(getValue()) ?? 'Unknown clinician',
  }),
  helper.display({
    id: 'visits',
    header: 'Visits',
    cell: ({ row, table }) => {
      const summary = seriesVisitSummary(row.original, (table.options.meta as SeriesTableMeta).now);
      return `${summary.completed} of ${summary.planned} done`;
    },
  }),
  helper.display({
    id: 'last',
    header: 'Last visit',
    cell: ({ row, table }) => {
      const meta = table.options.meta as SeriesTableMeta;
      const { lastSession } = seriesVisitSummary(row.original, meta.now);
      return <SessionWhen start={lastSession?.start} timeZone={meta.timeZone} />;
    },
  }),
  helper.display({
    id: 'next',
    header: 'Next visit',
    cell: ({ row, table }) => {
      const meta = table.options.meta as SeriesTableMeta;
      const { nextSession, unrecordedSession } = seriesVisitSummary(row.original, meta.now);
      if (!nextSession && unrecordedSession) {
        return (
          <Text span size="sm" c="orange.9">
            {unrecordedVisitText(unrecordedSession, meta.timeZone)}
          </Text>
        );
      }
      return <SessionWhen start={nextSession?.start} timeZone={meta.timeZone} />;
    },
  }),
  helper.accessor('progress', {
    header: 'Status',
    cell: ({ getValue }) => <ProgressBadge progress={getValue()} />,
  }),
]);
