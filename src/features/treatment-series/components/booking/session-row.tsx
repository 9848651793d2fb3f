import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat, shortDateTimeFormat } from '@/lib/date-formats';
import type { ScheduleContext } from '../../domain/availability';
import type { BookingProblem } from './booking-problem';
import { ConflictOffer } from './conflict-offer';
import type { PlannedRow } from './plan-sessions';
import { SessionEditor } from './session-editor';
import type { SessionIssues } from './session-issues';

type Props = {
  row: PlannedRow;
  plannedSessions: number;
  durationMinutes: number;
  issues: SessionIssues;
  conflict: Extract<BookingProblem, { kind: 'conflict' }> | null;
  ctx: ScheduleContext;
  today: string;
  onChoose: (start: string | null) => void;
};

function StatusBadge({ issues }: { issues: SessionIssues }) {
  if (issues.errors.length > 0) return <Badge color="red">Cannot book</Badge>;
  if (issues.warnings.length > 0) return <Badge color="orange">Free, with a warning</Badge>;
  return <Badge color="green">Free</Badge>;
}

/** One session of the plan: its time in clinic time, its check, why it moved, and a way to change it. */
export function SessionRow({ row, plannedSessions, durationMinutes, issues, conflict, ctx, today, onChoose }: Props) {
  const [editing, setEditing] = useState(false);
  const { timeZone } = ctx;
  const titleId = `session-${row.number}-title`;

  return (
    <Paper component="li" withBorder p="sm" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={0}>
            <Text fw={600} id={titleId}>
              Visit {row.number} of {plannedSessions}
            </Text>
            <Text size="sm">
              {formatClinic(row.start, timeZone, dateTimeFormat)}, {durationMinutes} min
              {row.chosen && row.number > 1 && ' (changed by you)'}
            </Text>
          </Stack>
          <Group gap="xs">
            <StatusBadge issues={issues} />
            {row.number > 1 && !editing && (
              <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>
                Change visit {row.number}
              </Button>
            )}
          </Group>
        </Group>
        {row.moved && (
          <Text size="sm" c="blue.8">
            Moved from {formatClinic(row.moved.from, timeZone, shortDateTimeFormat)}: {row.moved.detail}.
          </Text>
        )}
        {issues.errors.length + issues.warnings.length > 0 && (
          <List size="sm" spacing={2}>
            {issues.errors.map((message) => (
              <List.Item key={message} c="red.8">
                {message}
              </List.Item>
            ))}
            {issues.warnings.map((message) => (
              <List.Item key={message} c="orange.9">
                Warning: {message}
              </List.Item>
            ))}
          </List>
        )}
        {conflict && <ConflictOffer conflict={conflict} timeZone={timeZone} onChoose={onChoose} />}
        {editing && (
          <SessionEditor
            number={row.number}
            start={row.start}
            durationMinutes={durationMinutes}
            ctx={ctx}
            minDate={today}
            chosen={row.chosen}
            onChange={onChoose}
            onDone={() => setEditing(false)}
          />
        )}
      </Stack>
    </Paper>
  );
}
