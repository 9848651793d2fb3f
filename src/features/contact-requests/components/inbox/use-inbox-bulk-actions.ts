import { useState } from 'react';
import type { StaffMember } from '@/shared/staff/schemas';
import type { BulkRequestAction, ContactRequestSummary } from '../../schemas';
import type { CloseRequestsInput } from './close-requests-modal';
import { plural, useUndoableBulkAction } from './use-undoable-bulk-action';

type Options = {
  selected: readonly ContactRequestSummary[];
  me: StaffMember;
  /** Replaces the selection (emptied when a change is scheduled, restored on undo). */
  select: (ids: readonly string[]) => void;
  /** Focus goes back to the table after the selection's actions are gone. */
  refocus: () => void;
};

/** Bulk assign and close of the selected requests, each with its undo window. */
export function useInboxBulkActions({ selected, me, select, refocus }: Options) {
  const schedule = useUndoableBulkAction();
  const [closeOpen, setCloseOpen] = useState(false);

  const run = (action: BulkRequestAction['action'], pending: string, done: (updated: number) => string) => {
    const ids = selected.map((request) => request.id);
    schedule({
      input: { ids, action },
      pending,
      done,
      names: new Map(selected.map((request) => [request.id, request.name])),
      onUndo: () => {
        select(ids);
        refocus();
      },
    });
    select([]);
    refocus();
  };
  const count = plural(selected.length, 'request');

  const assign = (member: StaffMember | null) => {
    if (!member) {
      run({ action: 'assign', assigneeId: null }, `Unassigning ${count}`, (n) => `Unassigned ${plural(n, 'request')}`);
      return;
    }
    const who = member.id === me.id ? 'you' : member.name;
    const done = (n: number) => `Assigned ${plural(n, 'request')} to ${who}`;
    run({ action: 'assign', assigneeId: member.id }, `Assigning ${count} to ${who}`, done);
  };

  return {
    assign,
    assignToMe: () => assign(me),
    closeOpen,
    openClose: () => setCloseOpen(true),
    cancelClose: () => {
      setCloseOpen(false);
      refocus();
    },
    confirmClose: (input: CloseRequestsInput) => {
      setCloseOpen(false);
      run({ action: 'close', ...input }, `Closing ${count}`, (n) => `Closed ${plural(n, 'request')}`);
    },
  };
}
