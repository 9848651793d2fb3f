import { Alert, Badge, Group, Stack, Title } from '@mantine/core';
import { type Patient, screeningFlagLabels } from '../schemas';
import { ClinicalSection } from './clinical-section';
import { ContactSection } from './contact-section';

/** A patient's name, the review they need, their contact details and their clinical review. */
export function PatientProfile({ patient }: { patient: Patient }) {
  return (
    <Stack gap="lg">
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
      <ContactSection patient={patient} />
      <ClinicalSection patient={patient} />
    </Stack>
  );
}
