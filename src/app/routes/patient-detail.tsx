import { Group, Stack, Title } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useParams } from 'react-router';
import { patientQueryOptions } from '@/features/patients/api/get-patient';
import { PatientProfile } from '@/features/patients/components/patient-profile';
import { BookSeriesButton } from '@/features/treatment-series/components/booking/book-series-button';
import { PatientSeriesList } from '@/features/treatment-series/components/patient-series/patient-series-list';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.fetchQuery(patientQueryOptions(params.id ?? ''));
    return null;
  };

export default function PatientDetailRoute() {
  const { id = '' } = useParams();
  const { data: patient } = useSuspenseQuery(patientQueryOptions(id));
  return (
    <Stack maw={820} gap="lg">
      <PatientProfile patient={patient} />
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3}>Treatment series</Title>
          <BookSeriesButton patientId={patient.id} variant="light" />
        </Group>
        <PatientSeriesList patientId={patient.id} />
      </Stack>
    </Stack>
  );
}
