import { Stack, Text, Timeline, Title } from '@mantine/core';
import { calendarDaysBetween, clinicDate } from '@/lib/clinic-time';
import type { Role } from '@/shared/staff/schemas';
import type { Session, TreatmentSeries } from '../../schemas';
import { SessionActionsBar, type SessionCommand } from './session-actions-bar';
import { SessionItemBody, type Spacing } from './session-item-body';
import { sessionStatusColors } from './session-labels';

type Props = {
  series: TreatmentSeries;
  role: Role;
  now: number;
  timeZone: string;
  busy: boolean;
  onCommand: (command: SessionCommand, session: Session) => void;
};

/** Calendar days from the previous visit that still counts (cancelled ones do not). */
function spacingOf(sessions: readonly Session[], index: number, spacingDays: number, timeZone: string): Spacing | null {
  const session = sessions[index];
  if (!session || session.status === 'cancelled') return null;
  const previous = sessions
    .slice(0, index)
    .filter((other) => other.status !== 'cancelled')
    .at(-1);
  if (!previous) return null;
  const days = calendarDaysBetween(clinicDate(previous.start, timeZone), clinicDate(session.start, timeZone));
  return { days, fromNumber: previous.number, short: days < spacingDays };
}

/** The series' visits in order, the last completed one marking how far the course has come. */
export function SessionTimeline({ series, role, now, timeZone, busy, onCommand }: Props) {
  const sessions = [...series.sessions].sort((a, b) => a.number - b.number);
  const lastDone = sessions.findLastIndex((session) => session.status === 'completed');
  const active = series.status === 'active';

  return (
    <Stack component="section" aria-labelledby="visits-title" gap="sm">
      <Title order={3} id="visits-title">
        Visits
      </Title>
      {sessions.length === 0 ? (
        <Text c="dimmed">No visits booked.</Text>
      ) : (
        <Timeline active={lastDone} bulletSize={22} lineWidth={2} role="list" aria-labelledby="visits-title">
          {sessions.map((session, index) => (
            <Timeline.Item
              key={session.id}
              role="listitem"
              aria-label={`Visit ${session.number}`}
              color={sessionStatusColors[session.status]}
              lineVariant={sessions[index + 1]?.status === 'cancelled' ? 'dashed' : 'solid'}
              bullet={
                <Text size="xs" fw={700}>
                  {session.number}
                </Text>
              }
              title={
                <Title order={4} size="h5">
                  Visit {session.number}
                </Title>
              }
            >
              <Stack gap="xs">
                <SessionItemBody
                  session={session}
                  spacing={spacingOf(sessions, index, series.spacingDays, timeZone)}
                  spacingDays={series.spacingDays}
                  timeZone={timeZone}
                />
                {active && (
                  <SessionActionsBar
                    session={session}
                    role={role}
                    now={now}
                    timeZone={timeZone}
                    busy={busy}
                    onCommand={onCommand}
                  />
                )}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
