import { UnstyledButton } from '@mantine/core';
import {
  FlexRender,
  type Header,
  type Row,
  type RowSelectionState,
  type SortingState,
  useTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Request, View } from './api';
import type { CellMeta } from './cells';
import { columns, features } from './columns';
import classes from './floor.module.css';
import { sortKeyOf } from './view';

const rowHeight = 44;
const headerHeight = 40;
const loadAhead = 20;
const ariaSort = { asc: 'ascending', desc: 'descending' } as const;
const arrows = { asc: '▲', desc: '▼' } as const;

type Props = {
  rows: Request[];
  total: number;
  meta: CellMeta;
  view: View;
  onSort: (sort: View['sort'], order: View['order']) => void;
  onNearEnd: () => void;
};

function SortableHeader({ header }: { header: Header<typeof features, Request, unknown> }) {
  const { column } = header;
  const label = <FlexRender header={header} />;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={classes.head}>
        {label}
      </th>
    );
  }
  const sorted = column.getIsSorted();
  return (
    <th scope="col" className={classes.head} aria-sort={sorted ? ariaSort[sorted] : 'none'}>
      <UnstyledButton className={classes.sortButton} onClick={column.getToggleSortingHandler()}>
        {label}
        <span aria-hidden>{sorted ? arrows[sorted] : '↕'}</span>
      </UnstyledButton>
    </th>
  );
}

/** One request; memoized as the inbox's rows are, so a re-render with the same rows skips them. */
const FloorRow = memo(function FloorRow(props: {
  row: Row<typeof features, Request>;
  index: number;
  selected: boolean;
  meta: CellMeta;
}) {
  return (
    <tr className={classes.row} data-index={props.index} aria-rowindex={props.index + 2} tabIndex={-1}>
      {props.row.getAllCells().map((cell) => (
        <td key={cell.id} className={classes.cell}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});

function SpacerRow({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden className={classes.spacer}>
      <td colSpan={columns.length} style={{ height }} />
    </tr>
  );
}

/** The inbox's table: TanStack Table with the server's sort, TanStack Virtual's window of rows. */
export function FloorTable({ rows, total, meta, view, onSort, onNearEnd }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const sorting = useMemo<SortingState>(() => [{ id: view.sort, desc: view.order === 'desc' }], [view]);
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (request) => request.id,
    meta,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    initialState: { sorting, rowSelection },
    state: { sorting, rowSelection },
    onRowSelectionChange: setRowSelection,
    onSortingChange: (updater) => {
      const [next] = typeof updater === 'function' ? updater(sorting) : updater;
      const key = sortKeyOf(next?.id ?? '');
      if (next && key) onSort(key, next.desc ? 'desc' : 'asc');
    },
  });
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 5,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    getItemKey: (index) => tableRows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastIndex >= rows.length - loadAhead) onNearEnd();
  }, [lastIndex, rows.length, onNearEnd]);
  const paddingTop = (items[0]?.start ?? headerHeight) - headerHeight;
  const paddingBottom = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? headerHeight) - headerHeight);

  return (
    <div ref={scrollRef} className={classes.scroller}>
      <table className={classes.table} aria-label="Contact requests" aria-rowcount={total + 1}>
        <colgroup>
          {table.getAllLeafColumns().map((column) => (
            <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortableHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          <SpacerRow height={paddingTop} />
          {items.map((item) => {
            const row = tableRows[item.index];
            return row ? (
              <FloorRow
                key={row.id}
                row={row}
                index={item.index}
                selected={Boolean(rowSelection[row.id])}
                meta={meta}
              />
            ) : null;
          })}
          <SpacerRow height={paddingBottom} />
        </tbody>
      </table>
    </div>
  );
}
