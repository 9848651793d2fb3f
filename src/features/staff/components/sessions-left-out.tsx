import { Alert, Button, List, Text } from '@mantine/core';
import { formatClinic } from '@/lib/clinic-time';
import type { Problem } from '@/lib/problem';

type Props = { problem: Problem; timeZone: string; pending: boolean; onConfirm: () => void };

/** The booked visits a change would leave outside the clinician's hours: nothing moves unless staff confirm. */
export function SessionsLeftOut({ problem, timeZone, pending, onConfirm }: Props) {
  const clashes = problem.clashes ?? [];
  return (
    <Alert color="orange" title={problem.title} role="alert">
      <Text size="sm">{problem.detail}</Text>
      <List size="sm" mt="xs" aria-label="Booked visits outside the new hours">
        {clashes.map((clash) => (
          <List.Item key={clash.sessionId}>
            {formatClinic(clash.start, timeZone, 'ddd D MMM YYYY, HH:mm')}–{formatClinic(clash.end, timeZone, 'HH:mm')}:{' '}
            {clash.patientName}
          </List.Item>
        ))}
      </List>
      <Button mt="sm" color="orange" onClick={onConfirm} loading={pending}>
        Save anyway; I will rebook these visits
      </Button>
    </Alert>
  );
}
