import { Anchor, Badge, DataList, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import { useIsMutating } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { screeningFlagLabels } from '@/features/patients/schemas';
import { useSeries } from '@/features/treatment-series/api/get-series';
import { seriesChangeKey } from '@/features/treatment-series/api/series-cache';
import { SessionActionsBar } from '@/features/treatment-series/components/detail/session-actions-bar';
import { useSessionDialogs } from '@/features/treatment-series/components/detail/session-dialogs';
import {
  canChangeClinicalFields,
  sessionStatusColors,
  sessionStatusLabels,
  treatedAreaLabels,
} from '@/features/treatment-series/components/detail/session-labels';
import type { ScheduleEntry } from '@/features/treatment-series/schedule-schemas';
import type { Session } from '@/features/treatment-series/schemas';
import { calendarDaysBetween, clinicDate, formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { serverNow } from '@/lib/server-clock';
import type { Role } from '@/shared/staff/schemas';

type Props = { entry: ScheduleEntry | null; opened: boolean; role: Role; timeZone: string; onClose: () => void };

/** The visit opened from the calendar: who, where in the series, what happened last time, and what this role may do. */
export function SessionPanel({ entry, opened, role, timeZone, onClose }: Props) {
  const title = entry ? `${entry.patientName}: visit ${entry.number} of ${entry.plannedSessions}` : 'Visit';
  return (
    <Drawer opened={opened} onClose={onClose} position="right" title={title} size="md">
      {entry && (
        <Suspense fallback={<Loader size="sm" aria-label="Loading the series" />}>
          <PanelBody entry={entry} role={role} timeZone={timeZone} />
        </Suspense>
      )}
    </Drawer>
  );
}

function previousKept(sessions: readonly Session[], number: number): Session | undefined {
  return sessions
    .filter((other) => other.number < number && other.status !== 'cancelled')
    .sort((a, b) => a.number - b.number)
    .at(-1);
}

function PanelBody({ entry, role, timeZone }: Omit<Props, 'opened' | 'onClose' | 'entry'> & { entry: ScheduleEntry }) {
  const series = useSeries(entry.seriesId);
  const { onCommand, dialogs } = useSessionDialogs(series);
  const busy = useIsMutating({ mutationKey: seriesChangeKey(series.id) }) > 0;
  const session = series.sessions.find((candidate) => candidate.id === entry.id);
  if (!session) return <Text>This visit is no longer part of the series.</Text>;
  const previous = previousKept(series.sessions, session.number);
  const lastDone = series.sessions
    .filter((other) => other.number < session.number && other.status === 'completed')
    .sort((a, b) => a.number - b.number)
    .at(-1);
  const sincePrevious = previous
    ? calendarDaysBetween(clinicDate(previous.start, timeZone), clinicDate(session.start, timeZone))
    : null;
  const clinical = canChangeClinicalFields(role);

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Text size="sm">
          {formatClinic(session.start, timeZone, dateTimeFormat)}, {session.durationMinutes} min
        </Text>
        <Badge color={sessionStatusColors[session.status]} variant="light">
          {sessionStatusLabels[session.status]}
        </Badge>
      </Group>
      <DataList>
        <DataList.Item>
          <DataList.ItemLabel>Series</DataList.ItemLabel>
          <DataList.ItemValue>
            Visit {session.number} of {series.plannedSessions} ({series.status})
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Since the previous visit</DataList.ItemLabel>
          <DataList.ItemValue>
            {previous && sincePrevious !== null
              ? `${sincePrevious} day${sincePrevious === 1 ? '' : 's'} (visit ${previous.number})`
              : 'First visit'}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Screening flags</DataList.ItemLabel>
          <DataList.ItemValue>
            {entry.screeningFlags.length === 0 ? (
              'None'
            ) : (
              <Group gap={4}>
                <Text size="sm" c="orange.9" fw={600}>
                  Review before treating:
                </Text>
                {entry.screeningFlags.map((flag) => (
                  <Badge key={flag} color="orange" variant="light">
                    {screeningFlagLabels[flag]}
                  </Badge>
                ))}
              </Group>
            )}
          </DataList.ItemValue>
        </DataList.Item>
        {clinical && (
          <DataList.Item>
            <DataList.ItemLabel>Last visit</DataList.ItemLabel>
            <DataList.ItemValue>
              {lastDone
                ? `Visit ${lastDone.number}: ${lastDone.treatedAreas.map((area) => treatedAreaLabels[area]).join(', ') || 'no areas recorded'}. ${lastDone.notes || 'No notes.'}`
                : 'No completed visit yet'}
            </DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>
      {series.status === 'active' && (
        <SessionActionsBar
          session={session}
          role={role}
          now={serverNow().getTime()}
          timeZone={timeZone}
          busy={busy}
          onCommand={onCommand}
        />
      )}
      <Group gap="md">
        <Anchor component={Link} to={paths.seriesDetail(series.id)} size="sm">
          Open the series
        </Anchor>
        <Anchor component={Link} to={paths.patient(series.patientId)} size="sm">
          Open the patient
        </Anchor>
      </Group>
      {dialogs}
    </Stack>
  );
}
