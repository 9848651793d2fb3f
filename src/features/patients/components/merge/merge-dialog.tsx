import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api-error';
import { usePatient } from '../../api/get-patient';
import { useMergeRequest } from '../../api/merge-request';
import type { MergeableField } from '../../schemas';
import { MergeFields, type MergeSource } from './merge-fields';

type Props = { request: MergeSource; patientId: string; onClose: () => void };

function MergeProblem({ error }: { error: Error }) {
  const stale = isApiError(error) && error.isStaleVersion;
  return (
    <Alert
      color={stale ? 'orange' : 'red'}
      title={stale ? 'The request or the patient changed' : 'Not merged'}
      role="alert"
    >
      {stale
        ? 'Someone else changed one of them meanwhile. The newer details are shown above; check your choices and merge again.'
        : `${errorMessage(error)} Nothing was changed.`}
    </Alert>
  );
}

/** Links a possible duplicate to the existing patient, choosing which contact details the record keeps. */
export function MergeDialog({ request, patientId, onClose }: Props) {
  const patient = usePatient(patientId);
  const merge = useMergeRequest(patientId);
  const [take, setTake] = useState<MergeableField[]>([]);
  const onTake = (field: MergeableField, fromRequest: boolean) =>
    setTake((current) => (fromRequest ? [...current, field] : current.filter((item) => item !== field)));

  const confirm = () => {
    if (!patient.data) return;
    merge.mutate(
      { requestId: request.id, requestVersion: request.version, version: patient.data.version, take },
      {
        onSuccess: (merged) => {
          notifications.show({
            color: 'teal',
            title: 'Merged',
            message: `The request is now on ${merged.name}'s record.`,
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} size="xl" title={`Merge into ${patient.data?.name ?? 'the patient'}'s record`}>
      {patient.isPending ? (
        <Loader aria-label="Loading the patient" />
      ) : patient.isError ? (
        <Alert color="red" title="The patient could not be loaded" role="alert">
          {errorMessage(patient.error)}
        </Alert>
      ) : (
        <Stack gap="md">
          <Text size="sm">
            The request, its message and its contact attempts join the patient's record; its history stays with it.
            Nothing is deleted: any of the patient's details you replace are kept in the patient's notes.
          </Text>
          <MergeFields request={request} patient={patient.data} take={take} onTake={onTake} />
          {merge.error && <MergeProblem error={merge.error} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={confirm} loading={merge.isPending}>
              Merge into this patient
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
