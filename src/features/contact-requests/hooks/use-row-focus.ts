import { type KeyboardEvent, type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';

type Options = {
  count: number;
  /** Brings a row into the rendered window (the rows are virtualized). */
  scrollToIndex: (index: number) => void;
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  onOpen: (index: number) => void;
  onToggle: (index: number) => void;
};

const moves: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index) => index + 1,
  j: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  k: (index) => index - 1,
  PageDown: (index) => index + 10,
  PageUp: (index) => index - 10,
  Home: () => 0,
  End: (_, count) => count - 1,
};

const rowElement = (bodyRef: RefObject<HTMLTableSectionElement | null>, index: number) =>
  bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`) ?? null;

/**
 * Roving focus over virtualized table rows: one row is in the tab order, the arrow keys
 * (or j/k, Home/End) move it, Enter opens and Space selects the focused row.
 */
export function useRowFocus({ count, scrollToIndex, bodyRef, onOpen, onToggle }: Options) {
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const activeIndex = Math.max(0, Math.min(active, count - 1));

  const focusRow = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(index, count - 1));
      setActive(target);
      scrollToIndex(target);
      const row = rowElement(bodyRef, target);
      pendingFocus.current = row ? null : target;
      row?.focus({ preventScroll: true });
    },
    [count, scrollToIndex, bodyRef],
  );

  // A row outside the rendered window appears after the scroll: focus it on the first render that has it.
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const row = rowElement(bodyRef, pendingFocus.current);
    if (!row) return;
    row.focus({ preventScroll: true });
    pendingFocus.current = null;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const row = event.target;
    if (!(row instanceof HTMLTableRowElement) || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(row.dataset.index);
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusRow(move(index, count));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(index);
    } else if (event.key === ' ') {
      event.preventDefault();
      onToggle(index);
    }
  };

  return { activeIndex, setActive, focusRow, onKeyDown };
}
