import { createColumnHelper, rowSelectionFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { Request } from './api';
import { AssigneeCell, type CellMeta, ContactCell, NameCell, ReceivedCell, StatusCell, WaitingCell } from './cells';
import classes from './floor.module.css';

// Module scope, as in the inbox: a stable feature set and column list keep the table's models cached.
export const features = tableFeatures({
  rowSelectionFeature,
  rowSortingFeature,
  tableMeta: {} as CellMeta,
  columnMeta: {} as { width: string },
});

const helper = createColumnHelper<typeof features, Request>();

/** The inbox's eight columns; the ids of the sortable ones are the server's sort keys. */
export const columns = helper.columns([
  helper.display({
    id: 'select',
    meta: { width: '44px' },
    header: ({ table }) => (
      <input
        type="checkbox"
        className={classes.checkbox}
        aria-label="Select all loaded requests"
        checked={table.getIsAllRowsSelected()}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        className={classes.checkbox}
        aria-label={`Select ${row.original.name}`}
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
    cell: ({ row, table }) => <WaitingCell request={row.original} meta={table.options.meta as CellMeta} />,
  }),
  helper.accessor('receivedAt', {
    id: 'receivedAt',
    header: 'Received',
    sortDescFirst: false,
    meta: { width: '120px' },
    cell: ({ row, table }) => <ReceivedCell request={row.original} meta={table.options.meta as CellMeta} />,
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
    cell: ({ row }) => <ContactCell request={row.original} />,
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
    cell: ({ row, table }) => <AssigneeCell request={row.original} meta={table.options.meta as CellMeta} />,
  }),
  helper.accessor('attemptCount', {
    header: 'Attempts',
    enableSorting: false,
    meta: { width: '85px' },
    cell: ({ getValue }) => getValue(),
  }),
]);
