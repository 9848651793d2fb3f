import type { OnChangeFn, RowSelectionState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import type { ContactRequestSummary } from '../../schemas';

const none: RowSelectionState = {};

/**
 * Row selection for one view: changing the filters or search starts from an empty selection.
 * `selected` holds only loaded requests, in list order.
 */
export function useInboxSelection(viewKey: string, rows: readonly ContactRequestSummary[]) {
  const [state, setState] = useState({ viewKey, ids: none });
  const rowSelection = state.viewKey === viewKey ? state.ids : none;

  const onRowSelectionChange: OnChangeFn<RowSelectionState> = useCallback(
    (updater) =>
      setState((previous) => {
        const current = previous.viewKey === viewKey ? previous.ids : none;
        return { viewKey, ids: typeof updater === 'function' ? updater(current) : updater };
      }),
    [viewKey],
  );
  const select = useCallback(
    (ids: readonly string[]) =>
      setState({ viewKey, ids: Object.fromEntries(ids.map((id) => [id, true] as const)) as RowSelectionState }),
    [viewKey],
  );
  const selected = useMemo(
    () => (rowSelection === none ? [] : rows.filter((row) => rowSelection[row.id])),
    [rows, rowSelection],
  );
  return { rowSelection, onRowSelectionChange, select, selected };
}
