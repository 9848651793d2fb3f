import { Anchor, Text } from '@mantine/core';
import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatClinic } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import { isOpenCall, relativeDue } from '../../call-times';
import { attemptOutcomeLabels, type FollowUpRow, followUpReasonLabels } from '../../schemas';

export type QueueTableMeta = {
  timeZone: string;
  /** Server time (epoch ms) the relative due times are measured from. */
  now: number;
  staffNames: ReadonlyMap<string, string>;
  /** Keeps the current filters when a call opens. */
  search: string;
};

export const queueFeatures = tableFeatures({ tableMeta: {} as QueueTableMeta });
const helper = createColumnHelper<typeof queueFeatures, FollowUpRow>();
const metaOf = (table: { options: { meta?: QueueTableMeta } }) => table.options.meta as QueueTableMeta;

const failedOutcomes = new Set(['no_answer', 'voicemail']);

/** What the call is about, as a link: the request, the series, or the visit in its series. */
export function AboutLink({ row }: { row: FollowUpRow }) {
  const { about, subject } = row;
  if (subject.kind === 'request' && about.requestId) {
    return (
      <Anchor component={Link} to={paths.request(about.requestId)} size="sm">
        Request
      </Anchor>
    );
  }
  if (!about.seriesId)
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  const label = about.visitNumber !== null ? `Visit ${about.visitNumber} of ${about.plannedSessions ?? '?'}` : 'Series';
  return (
    <Anchor component={Link} to={paths.seriesDetail(about.seriesId)} size="sm">
      {label}
    </Anchor>
  );
}

export const queueColumns = helper.columns([
  helper.accessor('patientName', {
    header: 'Patient',
    cell: ({ row, getValue, table }) => (
      <Anchor component={Link} to={`${paths.followUp(row.original.id)}${metaOf(table).search}`} size="sm" fw={600}>
        {getValue()}
      </Anchor>
    ),
  }),
  helper.accessor('reason', { header: 'Reason', cell: ({ getValue }) => followUpReasonLabels[getValue()] }),
  helper.display({ id: 'about', header: 'About', cell: ({ row }) => <AboutLink row={row.original} /> }),
  helper.accessor('dueAt', {
    header: 'Due',
    cell: ({ getValue, table, row }) => {
      const meta = metaOf(table);
      const relative = isOpenCall(row.original) ? relativeDue(getValue(), meta.now, meta.timeZone) : null;
      return (
        <>
          {formatClinic(getValue(), meta.timeZone, shortDateTimeFormat)}
          {relative && (
            <Text span size="xs" c={relative.endsWith('overdue') ? 'red.8' : 'dimmed'} ml={6}>
              {relative}
            </Text>
          )}
        </>
      );
    },
  }),
  helper.accessor('attempts', {
    header: 'Attempts',
    cell: ({ getValue }) => getValue().filter((attempt) => failedOutcomes.has(attempt.outcome)).length,
  }),
  helper.accessor('assigneeId', {
    header: 'Assignee',
    cell: ({ getValue, table }) => {
      const id = getValue();
      return id ? (
        (metaOf(table).staffNames.get(id) ?? 'Unknown')
      ) : (
        <Text span size="sm" c="dimmed">
          Unassigned
        </Text>
      );
    },
  }),
  helper.display({
    id: 'lastOutcome',
    header: 'Last outcome',
    cell: ({ row }) => {
      const last = row.original.attempts.at(-1);
      return last ? (
        attemptOutcomeLabels[last.outcome]
      ) : (
        <Text span size="sm" c="dimmed">
          Not tried yet
        </Text>
      );
    },
  }),
]);
