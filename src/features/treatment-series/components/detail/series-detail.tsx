import { Anchor, Stack } from '@mantine/core';
import { useIsMutating } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { serverNow } from '@/lib/server-clock';
import { useCurrentStaff } from '@/shared/auth/api/get-me';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import { useSeries } from '../../api/get-series';
import { seriesChangeKey } from '../../api/series-cache';
import type { Session } from '../../schemas';
import { AddSessionModal } from './add-session-modal';
import { CompleteSessionModal } from './complete-session-modal';
import { DiscontinueModal } from './discontinue-modal';
import { NoShowModal } from './no-show-modal';
import { RescheduleModal } from './reschedule-modal';
import { SeriesHeader } from './series-header';
import type { SessionCommand } from './session-actions-bar';
import { canChangeClinicalFields } from './session-labels';
import { SessionTimeline } from './session-timeline';
import { useSessionActions } from './use-session-actions';

type Dialog =
  | { kind: 'reschedule' | 'complete' | 'noShow'; sessionId: string }
  | { kind: 'add' }
  | { kind: 'discontinue' };

/** One treatment series: where the patient is in the course, and the changes each role may make. */
export function SeriesDetail({ id }: { id: string }) {
  const series = useSeries(id);
  const settings = useSettings();
  const staff = useStaff();
  const me = useCurrentStaff();
  const actions = useSessionActions(series);
  const busy = useIsMutating({ mutationKey: seriesChangeKey(id) }) > 0;
  // The dialog stays set while it closes, so its content does not vanish mid-transition.
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [opened, setOpened] = useState(false);
  const open = (next: Dialog) => {
    setDialog(next);
    setOpened(true);
  };
  const close = () => setOpened(false);
  const dialogSession =
    dialog && 'sessionId' in dialog ? series.sessions.find((s) => s.id === dialog.sessionId) : undefined;

  const onCommand = (command: SessionCommand, session: Session) => {
    if (command === 'cancel') void actions.cancel(session);
    else if (command === 'restore') void actions.restore(session);
    else open({ kind: command, sessionId: session.id });
  };
  const clinical = canChangeClinicalFields(me.role) && series.status === 'active';
  const now = serverNow().getTime();

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to={paths.series} size="sm">
        ← All series
      </Anchor>
      <SeriesHeader
        series={series}
        clinicianName={staff.find((member) => member.id === series.clinicianId)?.name ?? 'Unknown clinician'}
        now={now}
        timeZone={settings.timeZone}
        onAddVisit={clinical ? () => open({ kind: 'add' }) : null}
        onDiscontinue={clinical ? () => open({ kind: 'discontinue' }) : null}
      />
      <SessionTimeline
        series={series}
        role={me.role}
        now={now}
        timeZone={settings.timeZone}
        busy={busy}
        onCommand={onCommand}
      />
      <RescheduleModal
        series={series}
        session={dialog?.kind === 'reschedule' ? dialogSession : undefined}
        opened={opened && dialog?.kind === 'reschedule'}
        onClose={close}
      />
      <CompleteSessionModal
        series={series}
        session={dialog?.kind === 'complete' ? dialogSession : undefined}
        opened={opened && dialog?.kind === 'complete'}
        onClose={close}
      />
      <NoShowModal
        patientName={series.patientName}
        session={dialog?.kind === 'noShow' ? dialogSession : undefined}
        opened={opened && dialog?.kind === 'noShow'}
        onClose={close}
        onConfirm={(session) => void actions.noShow(session)}
      />
      <AddSessionModal series={series} opened={opened && dialog?.kind === 'add'} onClose={close} />
      <DiscontinueModal series={series} opened={opened && dialog?.kind === 'discontinue'} onClose={close} />
    </Stack>
  );
}
