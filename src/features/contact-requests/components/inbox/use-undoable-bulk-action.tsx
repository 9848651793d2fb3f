import { notifications } from '@mantine/notifications';
import { useCallback, useRef } from 'react';
import { errorMessage } from '@/lib/api-error';
import { type BulkResult, useBulkRequests } from '../../api/bulk-requests';
import type { BulkRequestAction } from '../../schemas';
import { UndoNotice } from './undo-notice';

/** How long "Undo" is offered before a bulk change is sent. Nothing reaches the server before. */
export const bulkUndoWindowMs = 6_000;

type BulkPlan = {
  input: BulkRequestAction;
  /** What is about to happen: "Closing 3 requests". */
  pending: string;
  /** What happened: "Closed 3 requests". */
  done: (updated: number) => string;
  /** Request id → name, to say which ones were skipped. */
  names: ReadonlyMap<string, string>;
  onUndo: () => void;
};

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function skippedText(result: BulkResult, names: ReadonlyMap<string, string>): string {
  if (result.skipped.length === 0) return '';
  const who = result.skipped.map((id) => names.get(id) ?? id).join(', ');
  return ` Skipped ${plural(result.skipped.length, 'request')} that changed in the meantime: ${who}.`;
}

/**
 * Bulk assign or close with an undo window: the notification offers Undo for
 * `bulkUndoWindowMs`, and only then is the change sent.
 */
export function useUndoableBulkAction() {
  // Keyed by the mutation variables, so the report also works when the inbox has unmounted.
  const sent = useRef(new WeakMap<BulkRequestAction, { id: string; plan: BulkPlan }>());
  const { mutate } = useBulkRequests({
    onSuccess: (result, input) => {
      const entry = sent.current.get(input);
      if (!entry) return;
      notifications.update({
        id: entry.id,
        loading: false,
        color: result.skipped.length > 0 ? 'yellow' : 'teal',
        message: `${entry.plan.done(result.updated)}.${skippedText(result, entry.plan.names)}`,
        autoClose: result.skipped.length > 0 ? false : 5_000,
        allowClose: true,
      });
    },
    onError: (error, input) => {
      const entry = sent.current.get(input);
      if (!entry) return;
      notifications.update({
        id: entry.id,
        loading: false,
        color: 'red',
        title: 'Nothing was changed',
        message: errorMessage(error),
        autoClose: false,
        allowClose: true,
      });
    },
  });

  return useCallback(
    (plan: BulkPlan) => {
      const id = `bulk-${crypto.randomUUID()}`;
      const timer = window.setTimeout(() => {
        sent.current.set(plan.input, { id, plan });
        notifications.update({ id, loading: true, message: `${plan.pending}…` });
        mutate(plan.input);
      }, bulkUndoWindowMs);
      const undo = () => {
        window.clearTimeout(timer);
        notifications.update({ id, message: 'Undone: nothing was changed.', autoClose: 4_000, allowClose: true });
        plan.onUndo();
      };
      notifications.show({
        id,
        autoClose: false,
        allowClose: false,
        message: <UndoNotice text={`${plan.pending}…`} onUndo={undo} />,
      });
    },
    [mutate],
  );
}
