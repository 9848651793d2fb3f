import { Alert, Button, List, Stack, Text } from '@mantine/core';
import type { BookingProblem } from './booking-problem';

type Props = {
  blockers: string[];
  problem: BookingProblem | null;
  pending: boolean;
  plannedSessions: number | null;
  onConfirm: () => void;
};

/** Problems not tied to one session (a network failure, a refused request), what blocks booking, and Confirm. */
export function ConfirmBar({ blockers, problem, pending, plannedSessions, onConfirm }: Props) {
  const blocked = blockers.length > 0;
  return (
    <Stack gap="sm">
      {problem?.kind === 'network' && (
        <Alert color="red" title={problem.title} role="alert">
          {problem.detail} Confirming again is safe: the series is booked at most once.
        </Alert>
      )}
      {problem?.kind === 'other' && (
        <Alert color="red" title={problem.title} role="alert">
          {problem.detail}
        </Alert>
      )}
      {problem?.kind === 'invalid' && (
        <Alert color="red" title="Some visits cannot be booked at those times" role="alert">
          <Text size="sm">{problem.detail} The sessions concerned say why.</Text>
          {problem.other.length > 0 && (
            <List size="sm">
              {problem.other.map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {blocked && (
        <Stack gap={4} id="booking-blockers">
          <Text size="sm" fw={600}>
            Before booking:
          </Text>
          <List size="sm">
            {blockers.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Button
        size="md"
        w="fit-content"
        onClick={onConfirm}
        disabled={blocked}
        loading={pending}
        aria-describedby={blocked ? 'booking-blockers' : undefined}
      >
        {plannedSessions ? `Confirm booking of ${plannedSessions} visits` : 'Confirm booking'}
      </Button>
    </Stack>
  );
}
