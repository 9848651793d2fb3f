import { FlexRender, type Row } from '@tanstack/react-table';
import { type MouseEvent, memo } from 'react';
import type { ContactRequestSummary } from '../../schemas';
import type { InboxTableMeta, inboxFeatures } from './inbox-columns';
import classes from './inbox-table.module.css';

type Props = {
  row: Row<typeof inboxFeatures, ContactRequestSummary>;
  index: number;
  active: boolean;
  selected: boolean;
  open: boolean;
  /** Not read here: the cells read it from the table, but a new value must re-render the row. */
  meta: InboxTableMeta;
  onOpen: (index: number) => void;
  onActivate: (index: number) => void;
};

/** One request; memoized so scrolling renders only the rows that come into view. */
export const InboxRow = memo(function InboxRow({ row, index, active, selected, open, onOpen, onActivate }: Props) {
  const onClick = (event: MouseEvent<HTMLTableRowElement>) => {
    const interactive = event.target instanceof Element && event.target.closest('a, input, label, button');
    if (interactive) onActivate(index);
    else onOpen(index);
  };
  return (
    <tr
      className={classes.row}
      data-index={index}
      aria-rowindex={index + 2}
      aria-current={open || undefined}
      data-active={active || undefined}
      data-selected={selected || undefined}
      tabIndex={active ? 0 : -1}
      onClick={onClick}
    >
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={classes.cell}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});
