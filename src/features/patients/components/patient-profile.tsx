import { Alert, Badge, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { type Patient, riskFactorLabels, screeningFlagLabels } from '../schemas';

/** A patient's contact details, screening flags and risk factors. */
export function PatientProfile({ patient }: { patient: Patient }) {
  const riskFactors = patient.riskFactors.map((factor) => riskFactorLabels[factor]);
  return (
    <Stack gap="md">
      <Title order={2}>{patient.name}</Title>
      {patient.screeningFlags.length > 0 && (
        <Alert color="orange" title="Clinician review before treating">
          <Group gap="xs">
            {patient.screeningFlags.map((flag) => (
              <Badge key={flag} color="orange" variant="light">
                {screeningFlagLabels[flag]}
              </Badge>
            ))}
          </Group>
        </Alert>
      )}
      <DataList>
        <DataList.Item>
          <DataList.ItemLabel>Phone</DataList.ItemLabel>
          <DataList.ItemValue>{patient.phone}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Email</DataList.ItemLabel>
          <DataList.ItemValue>{patient.email}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Date of birth</DataList.ItemLabel>
          <DataList.ItemValue>{patient.dateOfBirth ?? 'Not recorded'}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Risk factors</DataList.ItemLabel>
          <DataList.ItemValue>{riskFactors.length > 0 ? riskFactors.join(', ') : 'None recorded'}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Notes</DataList.ItemLabel>
          <DataList.ItemValue>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{patient.notes || '—'}</Text>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Stack>
  );
}
