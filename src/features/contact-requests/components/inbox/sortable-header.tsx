import { UnstyledButton } from '@mantine/core';
import type { Header } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { ContactRequestSummary } from '../../schemas';
import type { inboxFeatures } from './inbox-columns';
import classes from './inbox-table.module.css';

type Props = {
  header: Header<typeof inboxFeatures, ContactRequestSummary, unknown>;
  className?: string;
  children: ReactNode;
};

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;
const arrows = { asc: '▲', desc: '▼' } as const;

/** A column header; sortable ones are a button and carry aria-sort (the server sorts). */
export function SortableHeader({ header, className, children }: Props) {
  const { column } = header;
  if (header.isPlaceholder) return <th className={className} />;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={className}>
        {children}
      </th>
    );
  }
  const sorted = column.getIsSorted();
  return (
    <th scope="col" className={className} aria-sort={sorted ? ariaSort[sorted] : 'none'}>
      <UnstyledButton className={classes.sortButton} onClick={column.getToggleSortingHandler()}>
        {children}
        <span aria-hidden>{sorted ? arrows[sorted] : '↕'}</span>
      </UnstyledButton>
    </th>
  );
}
