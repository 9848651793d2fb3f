import { Anchor, Badge, Chip, Fieldset, Group, Text, VisuallyHidden } from '@mantine/core';
import { DataTable, type DataTableColumn, type DataTableSortStatus } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { formatWaiting, responseStatus } from '@/features/contact-requests/domain/response-time';
import { concernLabels } from '@/features/contact-requests/intake-vocabulary';
import {
  type ContactRequestSummary,
  openRequestStatuses,
  type RequestStatus,
  requestStatuses,
  statusLabels,
} from '@/features/contact-requests/schemas';
import { formatClinic } from '@/lib/clinic-time';
import type { ClinicSettings } from '@/shared/settings/schemas';

/**
 * Typical mantine-datatable usage: the whole list in memory, filtered and sorted in the browser,
 * pages of 50 (DataTable renders the `records` it is given, so the page slices them). The status
 * filter is the same Chip group as the app's inbox, so the bench clicks the same control.
 */
const pageSize = 50;

type Row = ContactRequestSummary;
type Props = { requests: Row[]; settings: ClinicSettings; staffNames: ReadonlyMap<string, string>; now: number };

const statusColors: Record<RequestStatus, string> = {
  new: 'blue',
  contacting: 'grape',
  booked: 'teal',
  not_candidate: 'gray',
  closed: 'gray',
};
const areaLabels = { legs: 'Legs', face: 'Face' } as const;
const contactMethodLabels = { phone: 'Phone call', email: 'Email', text: 'Text message' } as const;
const levelBadges = { late: { color: 'red', label: 'Late' }, soon: { color: 'orange', label: 'Due soon' } } as const;

const isOpen = (status: RequestStatus) => status === 'new' || status === 'contacting';
const byReceived = (a: Row, b: Row) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0);
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const sortKeys = ['waiting', 'receivedAt', 'name', 'status'] as const;
const comparators: Record<(typeof sortKeys)[number], (a: Row, b: Row) => number> = {
  /** Like the API: closed ones first, then open ones from the shortest wait (so descending = longest wait first). */
  waiting: (a, b) =>
    Number(isOpen(a.status)) - Number(isOpen(b.status)) || (isOpen(a.status) ? -1 : 1) * byReceived(a, b),
  receivedAt: byReceived,
  name: (a, b) => collator.compare(a.name, b.name),
  status: (a, b) => requestStatuses.indexOf(a.status) - requestStatuses.indexOf(b.status) || -byReceived(a, b),
};

function columns({ settings, staffNames, now }: Omit<Props, 'requests'>): DataTableColumn<Row>[] {
  return [
    {
      accessor: 'waiting',
      title: 'Waiting',
      sortable: true,
      width: 150,
      render: (request) => {
        const status = responseStatus(request, now, settings);
        const badge = status.level === 'ok' ? null : levelBadges[status.level];
        return (
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={badge ? 600 : 400} c={badge?.color}>
              {formatWaiting(status.waitingMinutes)}
            </Text>
            {badge && (
              <Badge size="xs" color={badge.color} variant="light">
                {badge.label}
              </Badge>
            )}
          </Group>
        );
      },
    },
    {
      accessor: 'receivedAt',
      title: 'Received',
      sortable: true,
      width: 140,
      render: (request) => formatClinic(request.receivedAt, settings.timeZone, 'ddd D MMM, HH:mm'),
    },
    {
      accessor: 'name',
      title: 'Name',
      sortable: true,
      width: 190,
      render: (request) => (
        <Anchor href={`/requests/${request.id}`} size="sm">
          {request.name}
        </Anchor>
      ),
    },
    { accessor: 'concern', title: 'Concern', width: 150, render: (request) => concernLabels[request.concern] },
    {
      accessor: 'areas',
      title: 'Areas',
      width: 100,
      render: (request) => request.areas.map((area) => areaLabels[area]).join(', '),
    },
    {
      accessor: 'preferredContactMethod',
      title: 'Preferred contact',
      width: 210,
      render: (request) => (
        <>
          {contactMethodLabels[request.preferredContactMethod]}
          {request.preferredTimes.length > 0 && (
            <Text span size="xs" c="dimmed">{` · ${request.preferredTimes.join(', ')}`}</Text>
          )}
        </>
      ),
    },
    {
      accessor: 'status',
      title: 'Status',
      sortable: true,
      width: 140,
      render: (request) => (
        <Badge color={statusColors[request.status]} variant="light">
          {statusLabels[request.status]}
        </Badge>
      ),
    },
    {
      accessor: 'assigneeId',
      title: 'Assignee',
      width: 160,
      render: (request) =>
        request.assigneeId ? (
          (staffNames.get(request.assigneeId) ?? 'Former staff member')
        ) : (
          <Text span size="sm" c="dimmed">
            Unassigned
          </Text>
        ),
    },
    { accessor: 'attemptCount', title: 'Attempts', width: 90 },
    {
      accessor: 'duplicateOf',
      title: 'Duplicate',
      width: 120,
      render: (request) =>
        request.duplicateOf && (
          <Badge color="yellow" variant="light">
            Duplicate?
            <VisuallyHidden>{`: same ${request.duplicateOf.matchedOn} as ${request.duplicateOf.name}`}</VisuallyHidden>
          </Badge>
        ),
    },
  ];
}

export function RequestsDataTable({ requests, settings, staffNames, now }: Props) {
  const [statuses, setStatuses] = useState<string[]>([...openRequestStatuses]);
  const [sortStatus, setSortStatus] = useState<DataTableSortStatus<Row>>({
    columnAccessor: 'waiting',
    direction: 'desc',
  });
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Row[]>([]);

  const sorted = useMemo(() => {
    const wanted = new Set(statuses);
    const rows = wanted.size > 0 ? requests.filter((request) => wanted.has(request.status)) : [...requests];
    const compare = comparators[sortKeys.find((key) => key === sortStatus.columnAccessor) ?? 'waiting'];
    const direction = sortStatus.direction === 'asc' ? 1 : -1;
    return rows.sort((a, b) => direction * compare(a, b) || a.id.localeCompare(b.id));
  }, [requests, statuses, sortStatus]);
  const records = sorted.slice((page - 1) * pageSize, page * pageSize);
  const tableColumns = useMemo(() => columns({ settings, staffNames, now }), [settings, staffNames, now]);

  return (
    <>
      <Fieldset legend="Status" variant="unstyled">
        <Chip.Group
          multiple
          value={statuses}
          onChange={(value) => {
            setStatuses(value);
            setPage(1);
          }}
        >
          <Group gap={6} mb="md">
            {requestStatuses.map((status) => (
              <Chip key={status} value={status} size="xs">
                {statusLabels[status]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Fieldset>
      <DataTable
        aria-label="Contact requests"
        withTableBorder
        highlightOnHover
        minHeight={240}
        columns={tableColumns}
        records={records}
        idAccessor="id"
        totalRecords={sorted.length}
        recordsPerPage={pageSize}
        page={page}
        onPageChange={setPage}
        sortStatus={sortStatus}
        onSortStatusChange={(next) => {
          setSortStatus(next);
          setPage(1);
        }}
        selectedRecords={selected}
        onSelectedRecordsChange={setSelected}
      />
    </>
  );
}
