import { Alert, List, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api-error';
import { newerPatient } from '../../api/save-patient';
import type { Patient } from '../../schemas';

/** The version a form saves over, moved to the newer one when a save was refused as stale. */
export function useSaveOver(patient: Patient) {
  const [version, setVersion] = useState(patient.version);
  const [newer, setNewer] = useState<Patient | null>(null);
  return {
    version,
    newer,
    adopt: (current: Patient) => {
      setVersion(current.version);
      setNewer(current);
    },
  };
}

export type ChangedField = { label: string; value: string };

/** Says the record changed under the person, shows what is saved now, and that their text is kept. */
export function NewerVersionNotice({ changes }: { changes: ChangedField[] }) {
  return (
    <Alert color="orange" title="Someone else changed this patient" role="alert">
      <Text size="sm">
        Your changes are still in the form and were not saved. What is saved now differs from them here; review, then
        save again to keep yours.
      </Text>
      {changes.length > 0 && (
        <List size="sm" mt="xs">
          {changes.map((change) => (
            <List.Item key={change.label}>
              {change.label}: {change.value || '(empty)'}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** Any other refusal (a network failure, a 403): what happened; the form keeps what was typed. */
export function SaveProblem({ error }: { error: Error }) {
  const fieldErrors = isApiError(error) && Object.keys(error.fieldErrors).length > 0;
  if (newerPatient(error) || fieldErrors) return null;
  return (
    <Alert color="red" title={isApiError(error) ? error.problem.title : 'Not saved'} role="alert">
      <Text size="sm">{errorMessage(error)} Nothing you typed is lost: try again.</Text>
    </Alert>
  );
}
