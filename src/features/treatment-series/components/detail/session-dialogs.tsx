import { useState } from 'react';
import type { Session, TreatmentSeries } from '../../schemas';
import { CompleteSessionModal } from './complete-session-modal';
import { NoShowModal } from './no-show-modal';
import { RescheduleModal } from './reschedule-modal';
import type { SessionCommand } from './session-actions-bar';
import { useSessionActions } from './use-session-actions';

type Dialog = { kind: 'reschedule' | 'complete' | 'noShow'; sessionId: string };

/**
 * A visit's commands outside the series page (the calendar's panel): cancel with Undo and
 * restore run at once, the others open the series page's own dialogs.
 */
export function useSessionDialogs(series: TreatmentSeries) {
  const actions = useSessionActions(series);
  // The dialog stays set while it closes, so its content does not vanish mid-transition.
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [opened, setOpened] = useState(false);
  const close = () => setOpened(false);
  const session = dialog ? series.sessions.find((candidate) => candidate.id === dialog.sessionId) : undefined;

  const onCommand = (command: SessionCommand, target: Session) => {
    if (command === 'cancel') void actions.cancel(target);
    else if (command === 'restore') void actions.restore(target);
    else {
      setDialog({ kind: command, sessionId: target.id });
      setOpened(true);
    }
  };

  const dialogs = (
    <>
      <RescheduleModal
        series={series}
        session={dialog?.kind === 'reschedule' ? session : undefined}
        opened={opened && dialog?.kind === 'reschedule'}
        onClose={close}
      />
      <CompleteSessionModal
        series={series}
        session={dialog?.kind === 'complete' ? session : undefined}
        opened={opened && dialog?.kind === 'complete'}
        onClose={close}
      />
      <NoShowModal
        patientName={series.patientName}
        session={dialog?.kind === 'noShow' ? session : undefined}
        opened={opened && dialog?.kind === 'noShow'}
        onClose={close}
        onConfirm={(target) => void actions.noShow(target)}
      />
    </>
  );
  return { onCommand, dialogs };
}
