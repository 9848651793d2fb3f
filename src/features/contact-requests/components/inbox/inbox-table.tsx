import { useCallbackRef } from '@mantine/hooks';
import {
  FlexRender,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
  useTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, type Ref, useCallback, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import type { RequestSort, SortOrder } from '../../hooks/use-inbox-filters';
import { useRowFocus } from '../../hooks/use-row-focus';
import { type ContactRequestSummary, requestSorts } from '../../schemas';
import { type InboxTableMeta, inboxColumns, inboxFeatures } from './inbox-columns';
import { InboxRow } from './inbox-row';
import classes from './inbox-table.module.css';
import { SortableHeader } from './sortable-header';
import { useFocusReturn } from './use-focus-return';

const rowHeight = 44;
const headerHeight = 40;
/** Start loading the next page this many rows before the end of the loaded ones. */
const loadAhead = 20;

export type InboxTableHandle = { focusActiveRow: () => void };

type Props = {
  rows: ContactRequestSummary[];
  total: number;
  meta: InboxTableMeta;
  sort: RequestSort;
  order: SortOrder;
  onSort: (sort: RequestSort, order: SortOrder) => void;
  rowSelection: RowSelectionState;
  onRowSelectionChange: OnChangeFn<RowSelectionState>;
  /** The request open in the drawer, if any. */
  openId: string | undefined;
  onOpen: (id: string) => void;
  onNearEnd: () => void;
  describedBy: string;
  footer: ReactNode;
  ref?: Ref<InboxTableHandle>;
};

const getRowId = (request: ContactRequestSummary) => request.id;

/** Stands in for the rows above or below the rendered window, so the scroll height is right. */
function SpacerRow({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden className={classes.spacer}>
      <td colSpan={inboxColumns.length} style={{ height }} />
    </tr>
  );
}

export function InboxTable({ rows, total, meta, sort, order, onSort, openId, onOpen, onNearEnd, ...props }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const sorting = useMemo<SortingState>(() => [{ id: sort, desc: order === 'desc' }], [sort, order]);
  const table = useTable({
    features: inboxFeatures,
    columns: inboxColumns,
    data: rows,
    getRowId,
    meta,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    // Controlled state reaches the table's store after render: the initial state makes the first render right.
    initialState: { sorting, rowSelection: props.rowSelection },
    state: { sorting, rowSelection: props.rowSelection },
    onRowSelectionChange: props.onRowSelectionChange,
    onSortingChange: (updater) => {
      const [next] = typeof updater === 'function' ? updater(sorting) : updater;
      const key = requestSorts.find((sortKey) => sortKey === next?.id);
      if (next && key) onSort(key, next.desc ? 'desc' : 'asc');
    },
  });
  const tableRows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Every extra row costs render time on load: 5 rather than 10 took a tenth off the bench's first rows.
    overscan: 5,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    getItemKey: (index) => tableRows[index]?.id ?? index,
  });
  const scrollToIndex = useCallback((index: number) => virtualizer.scrollToIndex(index), [virtualizer]);
  // Stable across sorts and filters, so the memoized rows skip re-rendering until their data changes.
  const openAt = useCallbackRef((index: number) => {
    const id = tableRows[index]?.id;
    if (id) onOpen(id);
  });
  const focus = useRowFocus({
    count: tableRows.length,
    scrollToIndex,
    bodyRef,
    onOpen: openAt,
    onToggle: (index) => tableRows[index]?.toggleSelected(),
  });
  useImperativeHandle(props.ref, () => ({ focusActiveRow: () => focus.focusRow(focus.activeIndex) }), [focus]);
  useFocusReturn(openId, tableRows, focus.focusRow, focus.activeIndex);

  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastIndex >= rows.length - loadAhead) onNearEnd();
  }, [lastIndex, rows.length, onNearEnd]);

  const paddingTop = (items[0]?.start ?? headerHeight) - headerHeight;
  const paddingBottom = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? headerHeight) - headerHeight);

  return (
    <div ref={scrollRef} className={classes.scroller} data-inbox-scroller>
      <table
        className={classes.table}
        aria-label="Contact requests"
        aria-rowcount={total + 1}
        aria-describedby={props.describedBy}
      >
        <colgroup>
          {table.getAllLeafColumns().map((column) => (
            <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortableHeader key={header.id} header={header} className={classes.head}>
                  <FlexRender header={header} />
                </SortableHeader>
              ))}
            </tr>
          ))}
        </thead>
        <tbody ref={bodyRef} onKeyDown={focus.onKeyDown}>
          <SpacerRow height={paddingTop} />
          {items.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <InboxRow
                key={row.id}
                row={row}
                index={item.index}
                active={item.index === focus.activeIndex}
                selected={Boolean(props.rowSelection[row.id])}
                open={row.id === openId}
                meta={meta}
                onOpen={openAt}
                onActivate={focus.setActive}
              />
            );
          })}
          <SpacerRow height={paddingBottom} />
        </tbody>
      </table>
      {props.footer}
    </div>
  );
}
