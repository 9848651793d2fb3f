import { useEffect, useEffectEvent, useRef } from 'react';

/**
 * When the request drawer closes (the open id goes away), focus goes back to the row that was
 * open, or to the row now in its place when the request left this view. The request may also
 * leave just after (the list refetches once the change is saved): focus then follows to the
 * row that takes its place instead of being lost with the removed row.
 */
export function useFocusReturn(
  openId: string | undefined,
  rows: readonly { id: string }[],
  focusRow: (index: number) => void,
  activeIndex: number,
) {
  const lastOpen = useRef(openId);
  /** The request focus went back to, until its row is gone or focus has moved on. */
  const returnedTo = useRef<string | null>(null);

  const restore = useEffectEvent((closedId: string) => {
    const index = rows.findIndex((row) => row.id === closedId);
    focusRow(index >= 0 ? index : activeIndex);
    returnedTo.current = index >= 0 ? closedId : null;
  });
  const followRemovedRow = useEffectEvent((current: readonly { id: string }[]) => {
    const id = returnedTo.current;
    if (id === null || current.some((row) => row.id === id)) return;
    returnedTo.current = null;
    // Focus fell to the page when the row was removed; moved elsewhere, it stays there.
    if (document.activeElement === document.body) focusRow(activeIndex);
  });

  useEffect(() => {
    const closedId = lastOpen.current;
    lastOpen.current = openId;
    if (openId) returnedTo.current = null;
    else if (closedId) restore(closedId);
  }, [openId]);

  useEffect(() => followRemovedRow(rows), [rows]);
}
