import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { errorMessage, isApiError } from '@/lib/api-error';
import { type SessionActionInput, useSessionAction } from '../../api/session-actions';
import type { Session, TreatmentSeries } from '../../schemas';

const undoWindowMs = 10_000;

function showRefusal(title: string, error: unknown): void {
  const message =
    isApiError(error) && error.isStaleVersion
      ? 'Someone else changed this series in the meantime. The page now shows the newer version; nothing was changed.'
      : errorMessage(error);
  notifications.show({
    color: isApiError(error) && error.isStaleVersion ? 'orange' : 'red',
    title,
    message,
    autoClose: false,
  });
}

/** Cancel (with Undo), restore and no-show: quick changes that need no form. */
export function useSessionActions(series: TreatmentSeries) {
  const { mutateAsync } = useSessionAction(series.id);
  // mutateAsync: each call reports its own outcome, even when an undo overlaps the cancel.
  const run = useCallback(
    async (input: SessionActionInput, failure: string) => {
      try {
        return await mutateAsync(input);
      } catch (error) {
        showRefusal(failure, error);
        return null;
      }
    },
    [mutateAsync],
  );

  const restore = useCallback(
    async (session: Session) => {
      const updated = await run(
        { action: 'restore', sessionId: session.id, version: session.version },
        `Visit ${session.number} was not restored`,
      );
      if (updated) notifications.show({ color: 'teal', message: `Visit ${session.number} is scheduled again.` });
    },
    [run],
  );

  const cancel = useCallback(
    async (session: Session) => {
      const updated = await run(
        { action: 'cancel', sessionId: session.id, version: session.version },
        `Visit ${session.number} was not cancelled`,
      );
      const cancelled = updated?.sessions.find((other) => other.id === session.id);
      if (!cancelled) return;
      const id = `cancel-${session.id}-${cancelled.version}`;
      const undo = () => {
        notifications.hide(id);
        void restore(cancelled);
      };
      notifications.show({
        id,
        autoClose: undoWindowMs,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">Visit {session.number} cancelled.</Text>
            <Button size="compact-sm" variant="light" onClick={undo}>
              Undo
            </Button>
          </Group>
        ),
      });
    },
    [run, restore],
  );

  const noShow = useCallback(
    async (session: Session) => {
      const updated = await run(
        { action: 'noShow', sessionId: session.id, version: session.version },
        `Visit ${session.number} was not changed`,
      );
      if (!updated) return;
      notifications.show({
        color: 'teal',
        title: `Visit ${session.number} marked as a no-show`,
        message: 'A rebooking call was added to the follow-up queue.',
      });
    },
    [run],
  );

  return { cancel, restore, noShow };
}
