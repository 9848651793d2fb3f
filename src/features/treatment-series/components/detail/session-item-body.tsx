import { Badge, Group, Stack, Text } from '@mantine/core';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import type { Session } from '../../schemas';
import { sessionStatusColors, sessionStatusLabels, treatedAreaLabels } from './session-labels';

export type Spacing = { days: number; fromNumber: number; short: boolean };

type Props = { session: Session; spacing: Spacing | null; spacingDays: number; timeZone: string };

/** When, how long, status, spacing from the visit before, and for a completed visit what was done. */
export function SessionItemBody({ session, spacing, spacingDays, timeZone }: Props) {
  const completed = session.status === 'completed';
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm">
          {formatClinic(session.start, timeZone, dateTimeFormat)}, {session.durationMinutes} min
        </Text>
        <Badge color={sessionStatusColors[session.status]} variant="light" size="sm">
          {sessionStatusLabels[session.status]}
        </Badge>
      </Group>
      {spacing && (
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {spacing.days} day{spacing.days === 1 ? '' : 's'} after visit {spacing.fromNumber}
          </Text>
          {spacing.short && (
            <Badge color="orange" variant="light" size="sm">
              Shorter than the planned {spacingDays} days
            </Badge>
          )}
        </Group>
      )}
      {completed && (
        <>
          <Text size="sm">
            <Text span fw={500}>
              Treated:{' '}
            </Text>
            {session.treatedAreas.map((area) => treatedAreaLabels[area]).join(', ') || 'not recorded'}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span fw={500}>
              Notes:{' '}
            </Text>
            {session.notes || 'none'}
          </Text>
        </>
      )}
    </Stack>
  );
}
