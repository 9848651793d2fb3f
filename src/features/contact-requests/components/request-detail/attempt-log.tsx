import { Badge, Group, List, Text } from '@mantine/core';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { contactMethodLabels } from '../../intake-vocabulary';
import { type ContactAttempt, outcomeLabels } from '../../schemas';

const outcomeColors: Record<ContactAttempt['outcome'], string> = {
  reached: 'teal',
  emailed: 'blue',
  voicemail: 'yellow',
  no_answer: 'orange',
  wrong_number: 'red',
};

/** Newest first, with who made each attempt and when (clinic time). */
export function AttemptLog({ attempts, timeZone }: { attempts: ContactAttempt[]; timeZone: string }) {
  if (attempts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No contact attempts yet.
      </Text>
    );
  }
  // Stored oldest first; reversing first keeps attempts logged in the same minute in order.
  const newestFirst = [...attempts].reverse().sort((a, b) => b.at.localeCompare(a.at));
  return (
    <List listStyleType="none" spacing="sm" aria-label="Contact attempt log">
      {newestFirst.map((attempt) => (
        <List.Item key={attempt.id}>
          <Group gap="xs">
            <Badge color={outcomeColors[attempt.outcome]} variant="light">
              {outcomeLabels[attempt.outcome]}
            </Badge>
            <Text size="sm">
              {contactMethodLabels[attempt.channel]} by {attempt.staffName},{' '}
              {formatClinic(attempt.at, timeZone, dateTimeFormat)}
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
