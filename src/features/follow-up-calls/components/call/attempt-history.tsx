import { Badge, Group, List, Text } from '@mantine/core';
import { formatClinic } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import { type AttemptOutcome, attemptOutcomeLabels, type FollowUpCall } from '../../schemas';

const outcomeColors: Record<AttemptOutcome, string> = {
  done: 'teal',
  no_answer: 'orange',
  voicemail: 'yellow',
  postponed: 'blue',
  cancelled: 'gray',
};

type Props = { attempts: FollowUpCall['attempts']; timeZone: string; staffNames: ReadonlyMap<string, string> };

/** Earlier attempts on this call, newest first, with who and when (clinic time). */
export function AttemptHistory({ attempts, timeZone, staffNames }: Props) {
  if (attempts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Not tried yet.
      </Text>
    );
  }
  return (
    <List listStyleType="none" spacing="sm" aria-label="Earlier attempts">
      {[...attempts].reverse().map((attempt) => (
        <List.Item key={`${attempt.at}-${attempt.outcome}`}>
          <Group gap="xs">
            <Badge color={outcomeColors[attempt.outcome]} variant="light">
              {attemptOutcomeLabels[attempt.outcome]}
            </Badge>
            <Text size="sm">
              {staffNames.get(attempt.byId) ?? 'Someone'}, {formatClinic(attempt.at, timeZone, shortDateTimeFormat)}
            </Text>
          </Group>
          {attempt.note && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {attempt.note}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
