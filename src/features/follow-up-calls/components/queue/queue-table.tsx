import { Table } from '@mantine/core';
import { useCallbackRef } from '@mantine/hooks';
import { FlexRender, useTable } from '@tanstack/react-table';
import { type MouseEvent, useCallback, useRef } from 'react';
import { useFocusReturn } from '@/features/contact-requests/components/inbox/use-focus-return';
import { useRowFocus } from '@/features/contact-requests/hooks/use-row-focus';
import type { FollowUpRow } from '../../schemas';
import { type QueueTableMeta, queueColumns, queueFeatures } from './queue-columns';

type Props = {
  rows: FollowUpRow[];
  meta: QueueTableMeta;
  caption: string;
  describedBy: string;
  openId: string | undefined;
  onOpen: (id: string) => void;
};

const getRowId = (call: FollowUpRow) => call.id;
// The queue has no selection: Space does nothing on a row.
const noSelection = () => undefined;

/** One page of calls: arrow keys (or j/k) move between rows, Enter opens the call. */
export function QueueTable({ rows, meta, caption, describedBy, openId, onOpen }: Props) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const table = useTable({ features: queueFeatures, columns: queueColumns, data: rows, getRowId, meta });
  const tableRows = table.getRowModel().rows;
  const scrollToIndex = useCallback((index: number) => {
    bodyRef.current?.querySelector(`tr[data-index="${index}"]`)?.scrollIntoView({ block: 'nearest' });
  }, []);
  const openAt = useCallbackRef((index: number) => {
    const id = tableRows[index]?.id;
    if (id) onOpen(id);
  });
  const focus = useRowFocus({ count: tableRows.length, scrollToIndex, bodyRef, onOpen: openAt, onToggle: noSelection });
  useFocusReturn(openId, tableRows, focus.focusRow, focus.activeIndex);

  const onClick = (index: number) => (event: MouseEvent<HTMLTableRowElement>) => {
    focus.setActive(index);
    if (event.target instanceof Element && event.target.closest('a, button')) return;
    openAt(index);
  };

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs" aria-describedby={describedBy}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => (
                <Table.Th key={header.id} scope="col">
                  <FlexRender header={header} />
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody ref={bodyRef} onKeyDown={focus.onKeyDown}>
          {tableRows.map((row, index) => (
            <Table.Tr
              key={row.id}
              data-index={index}
              tabIndex={index === focus.activeIndex ? 0 : -1}
              aria-current={row.id === openId || undefined}
              onClick={onClick(index)}
              style={{ cursor: 'pointer' }}
            >
              {row.getAllCells().map((cell) => (
                <Table.Td key={cell.id}>
                  <FlexRender cell={cell} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
