import { Stack, Title } from '@mantine/core';
import type { ScheduleContext } from '../../domain/availability';
import type { BookingProblem } from './booking-problem';
import type { PlannedRow } from './plan-sessions';
import type { SessionIssues } from './session-issues';
import { SessionRow } from './session-row';

type Props = {
  checked: { row: PlannedRow; issues: SessionIssues }[];
  ctx: ScheduleContext;
  durationMinutes: number;
  today: string;
  problem: BookingProblem | null;
  onChoose: (number: number, start: string | null) => void;
};

/** Every session of the plan, checked; a refused booking's clash shows on the session it is about. */
export function SessionList({ checked, ctx, durationMinutes, today, problem, onChoose }: Props) {
  return (
    <Stack component="section" aria-labelledby="booking-sessions-title" gap="sm">
      <Title order={3} size="h5" id="booking-sessions-title">
        Visits
      </Title>
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="booking-sessions-title">
        {checked.map(({ row, issues }) => (
          <SessionRow
            key={row.number}
            row={row}
            plannedSessions={checked.length}
            durationMinutes={durationMinutes}
            issues={issues}
            conflict={problem?.kind === 'conflict' && problem.number === row.number ? problem : null}
            ctx={ctx}
            today={today}
            onChoose={(start) => onChoose(row.number, start)}
          />
        ))}
      </Stack>
    </Stack>
  );
}
