import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { z } from 'zod';
import { paths } from '@/config/paths';
import type { duplicateMatchSchema } from '../../schemas';

type DuplicateMatch = z.infer<typeof duplicateMatchSchema>;

const matchedOnLabels: Record<DuplicateMatch['matchedOn'], string> = { phone: 'phone number', email: 'email address' };

export function DuplicateNotice({ match }: { match: DuplicateMatch }) {
  const isPatient = match.kind === 'patient';
  return (
    <Alert color="orange" title="Possible duplicate">
      <Text size="sm">
        Same {matchedOnLabels[match.matchedOn]} as {isPatient ? 'the patient' : 'the open request from'}{' '}
        <Anchor component={Link} to={isPatient ? paths.patient(match.id) : paths.request(match.id)}>
          {match.name}
        </Anchor>
        .
      </Text>
    </Alert>
  );
}
