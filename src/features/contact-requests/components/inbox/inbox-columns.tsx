import { createColumnHelper, rowSelectionFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { ClinicSettings } from '@/shared/settings/schemas';
import type { ContactRequestSummary } from '../../schemas';
import { AssigneeCell, NameCell, PreferredContactCell, ReceivedCell, StatusCell, WaitingCell } from './inbox-cells';
import { SelectCheckbox } from './select-checkbox';

export type InboxTableMeta = {
  settings: ClinicSettings;
  /** Server time (epoch ms), refreshed every minute. */
  now: number;
  staffNames: ReadonlyMap<string, string>;
};
type InboxColumnMeta = { width: string };

// Module scope: a stable feature set and column list keep the table's models cached.
export const inboxFeatures = tableFeatures({
  rowSelectionFeature,
  rowSortingFeature,
  tableMeta: {} as InboxTableMeta,
  columnMeta: {} as InboxColumnMeta,
});

const helper = createColumnHelper<typeof inboxFeatures, ContactRequestSummary>();

/** Column ids of sortable columns are the server's sort keys. */
export const inboxColumns = helper.columns([
  helper.display({
    id: 'select',
    meta: { width: '44px' },
    header: ({ table }) => (
      <SelectCheckbox
        label="Select all loaded requests"
        checked={table.getIsAllRowsSelected()}
        indeterminate={table.getIsSomeRowsSelected() && !table.getIsAllRowsSelected()}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <SelectCheckbox
        label={`Select ${row.original.name}`}
        tabIndex={-1}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  }),
  helper.accessor('receivedAt', {
    id: 'waiting',
    header: 'Waiting',
    sortDescFirst: true,
    meta: { width: '160px' },
    cell: ({ row, table }) => <WaitingCell request={row.original} meta={table.options.meta as InboxTableMeta} />,
  }),
  helper.accessor('receivedAt', {
    id: 'receivedAt',
    header: 'Received',
    sortDescFirst: false,
    meta: { width: '120px' },
    cell: ({ row, table }) => <ReceivedCell request={row.original} meta={table.options.meta as InboxTableMeta} />,
  }),
  helper.accessor('name', {
    header: 'Name',
    sortDescFirst: false,
    meta: { width: '180px' },
    cell: ({ row }) => <NameCell request={row.original} />,
  }),
  helper.accessor('preferredContactMethod', {
    id: 'preferred',
    header: 'Contact by',
    enableSorting: false,
    meta: { width: '135px' },
    cell: ({ row }) => <PreferredContactCell request={row.original} />,
  }),
  helper.accessor('status', {
    header: 'Status',
    sortDescFirst: false,
    meta: { width: '130px' },
    cell: ({ row }) => <StatusCell request={row.original} />,
  }),
  helper.accessor('assigneeId', {
    id: 'assignee',
    header: 'Assignee',
    enableSorting: false,
    meta: { width: '125px' },
    cell: ({ row, table }) => <AssigneeCell request={row.original} meta={table.options.meta as InboxTableMeta} />,
  }),
  helper.accessor('attemptCount', {
    header: 'Attempts',
    enableSorting: false,
    meta: { width: '85px' },
    cell: ({ getValue }) => getValue(),
  }),
]);
