import { useEffect, useEffectEvent, useRef } from 'react';

/**
 * When the request drawer closes (the open id goes away), focus goes back to the row that was
 * open, or to the row now in its place when the request left this view.
 */
export function useFocusReturn(
  openId: string | undefined,
  rows: readonly { id: string }[],
  focusRow: (index: number) => void,
  activeIndex: number,
) {
  const lastOpen = useRef(openId);
  const restore = useEffectEvent((closedId: string) => {
    const index = rows.findIndex((row) => row.id === closedId);
    focusRow(index >= 0 ? index : activeIndex);
  });

  useEffect(() => {
    const closedId = lastOpen.current;
    lastOpen.current = openId;
    if (closedId && !openId) restore(closedId);
  }, [openId]);
}
