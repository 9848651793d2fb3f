import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import { paths } from '@/config/paths';
import { useRequestAction } from '../../api/request-action';
import type { ContactRequest, duplicateMatchSchema } from '../../schemas';

type DuplicateMatch = z.infer<typeof duplicateMatchSchema>;

const matchedOnLabels: Record<DuplicateMatch['matchedOn'], string> = { phone: 'phone number', email: 'email address' };

type Props = {
  request: ContactRequest;
  match: DuplicateMatch;
  /** Merging into the patient, supplied by the app (the patients feature owns it). */
  mergeAction?: (request: ContactRequest, patientId: string) => ReactNode;
};

/** The possible-duplicate flag, with the two ways to settle it. */
export function DuplicateNotice({ request, match, mergeAction }: Props) {
  const action = useRequestAction(request.id);
  const isPatient = match.kind === 'patient';
  return (
    <Alert color="orange" title="Possible duplicate">
      <Stack gap="xs">
        <Text size="sm">
          Same {matchedOnLabels[match.matchedOn]} as {isPatient ? 'the patient' : 'the open request from'}{' '}
          <Anchor component={Link} to={isPatient ? paths.patient(match.id) : paths.request(match.id)}>
            {match.name}
          </Anchor>
          .
        </Text>
        <Group gap="xs">
          {isPatient && mergeAction?.(request, match.id)}
          <Button
            size="xs"
            variant="default"
            loading={action.isPending}
            onClick={() => action.mutate({ action: 'not_duplicate', version: request.version })}
          >
            Not the same person
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
