import { Button, Group, Text } from '@mantine/core';
import { formatClinic, toMillis } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import type { Role } from '@/shared/staff/schemas';
import type { Session } from '../../schemas';
import { canChangeClinicalFields } from './session-labels';

export type SessionCommand = 'reschedule' | 'cancel' | 'restore' | 'noShow' | 'complete';

type Props = {
  session: Session;
  role: Role;
  now: number;
  timeZone: string;
  busy: boolean;
  onCommand: (command: SessionCommand, session: Session) => void;
};

/** The changes this person may make to a visit of an active series (the server enforces them too). */
export function SessionActionsBar({ session, role, now, timeZone, busy, onCommand }: Props) {
  const run = (command: SessionCommand) => () => onCommand(command, session);
  const label = (verb: string) => `${verb} visit ${session.number}`;
  if (session.status === 'cancelled') {
    return (
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant="default"
          disabled={busy}
          onClick={run('restore')}
          aria-label={label('Restore')}
        >
          Restore
        </Button>
      </Group>
    );
  }
  if (session.status !== 'scheduled') return null;
  const started = toMillis(session.start) <= now;
  return (
    <Group gap="xs">
      {started && canChangeClinicalFields(role) && (
        <Button size="compact-sm" onClick={run('complete')} aria-label={label('Complete')}>
          Complete…
        </Button>
      )}
      {started && (
        <Button
          size="compact-sm"
          variant="light"
          color="red"
          onClick={run('noShow')}
          aria-label={label('Mark no-show for')}
        >
          No-show…
        </Button>
      )}
      <Button size="compact-sm" variant="default" onClick={run('reschedule')} aria-label={label('Reschedule')}>
        Reschedule…
      </Button>
      <Button size="compact-sm" variant="default" disabled={busy} onClick={run('cancel')} aria-label={label('Cancel')}>
        Cancel visit
      </Button>
      {!started && (
        <Text size="xs" c="dimmed">
          The outcome can be recorded from {formatClinic(session.start, timeZone, shortDateTimeFormat)}.
        </Text>
      )}
    </Group>
  );
}
