import { List, Stack, Text } from '@mantine/core';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat, timeFormat } from '@/lib/date-formats';
import type { SlotCheck } from '../../domain/availability';
import { blockKindLabel, blockSpan } from '../../domain/describe-block';
import type { SpacingCheck } from '../../domain/proposals';
import type { PlanCheck, PlannedVisit } from './plan-check';

type Props = {
  check: PlanCheck;
  /** The visit before the first checked one, named in spacing messages. */
  previousNumber: number | null;
  spacingDays: number;
  timeZone: string;
  scheduleState: 'ready' | 'loading' | 'failed';
};

type Line = { text: string; color: string };

function slotLine(slot: SlotCheck | null, scheduleState: Props['scheduleState'], timeZone: string): Line {
  if (!slot) {
    return scheduleState === 'failed'
      ? { text: 'Could not load the schedule to check this time; it is checked again when you save.', color: 'orange' }
      : { text: "Checking the clinician's schedule…", color: 'dimmed' };
  }
  if (slot.kind === 'free') return { text: 'Free, and inside opening and working hours.', color: 'teal' };
  if (slot.kind === 'outside_hours') return { text: slot.reason, color: 'red' };
  if (slot.kind === 'blocked') {
    const spans = slot.blocks.map(
      (block) => `${blockKindLabel(block.kind)} (${block.reason}) ${blockSpan(block, timeZone)}`,
    );
    return { text: `Blocked time: ${spans.join('; ')}.`, color: 'red' };
  }
  const who = slot.clashes.map(
    (clash) =>
      `${clash.patientName} (${formatClinic(clash.start, timeZone, timeFormat)}–${formatClinic(clash.end, timeZone, timeFormat)})`,
  );
  return { text: `Already booked: the clinician sees ${who.join(' and ')}.`, color: 'red' };
}

function spacingLine(spacing: SpacingCheck, previous: number | null, spacingDays: number): Line | null {
  if (spacing.kind === 'ok' || previous === null) return null;
  if (spacing.kind === 'before_previous') return { text: `Must start after visit ${previous} ends.`, color: 'red' };
  const days = `${spacing.days} day${spacing.days === 1 ? '' : 's'}`;
  return {
    text: `Only ${days} after visit ${previous}, shorter than the planned ${spacingDays} days.`,
    color: 'orange',
  };
}

function afterLine(after: NonNullable<PlanCheck['after']>, moved: PlannedVisit, spacingDays: number): Line | null {
  const { spacing, visit } = after;
  if (spacing.kind === 'before_previous') {
    return {
      text: `Visit ${moved.number} would not end before visit ${visit.number}: move the later visits too, or choose an earlier time.`,
      color: 'red',
    };
  }
  if (spacing.kind === 'short') {
    return {
      text: `Visit ${visit.number} would be only ${spacing.days} days after visit ${moved.number} (planned: ${spacingDays}).`,
      color: 'orange',
    };
  }
  return null;
}

/** What the live check found for each new time, in words (colour only repeats them). */
export function PlanCheckList({ check, previousNumber, spacingDays, timeZone, scheduleState }: Props) {
  const lastMoved = check.visits.at(-1)?.visit;
  const after = check.after && lastMoved ? afterLine(check.after, lastMoved, spacingDays) : null;
  return (
    <Stack gap={4} aria-live="polite">
      {check.visits.map(({ visit, slot, spacing, past }, index) => {
        const previous = index === 0 ? previousNumber : (check.visits[index - 1]?.visit.number ?? null);
        const lines = [
          past ? { text: 'This time has passed: choose a time in the future.', color: 'red' } : null,
          slotLine(slot, scheduleState, timeZone),
          spacingLine(spacing, previous, spacingDays),
        ].filter((line): line is Line => line !== null);
        return (
          <div key={visit.id}>
            <Text size="sm">
              <Text span fw={600}>
                Visit {visit.number}: {formatClinic(visit.start, timeZone, dateTimeFormat)}
              </Text>
              {visit.previousStart && visit.previousStart !== visit.start && (
                <Text span c="dimmed">
                  {' '}
                  (was {formatClinic(visit.previousStart, timeZone, dateTimeFormat)})
                </Text>
              )}
            </Text>
            <List size="sm" spacing={0}>
              {lines.map((line) => (
                <List.Item key={line.text}>
                  <Text span size="sm" c={line.color}>
                    {line.text}
                  </Text>
                </List.Item>
              ))}
            </List>
          </div>
        );
      })}
      {after && (
        <Text size="sm" c={after.color}>
          {after.text}
        </Text>
      )}
    </Stack>
  );
}
