import { Stack } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useParams } from 'react-router';
import { PatientRequests } from '@/features/contact-requests/components/patient-requests/patient-requests';
import { PatientCalls } from '@/features/follow-up-calls/components/patient-calls/patient-calls';
import { patientQueryOptions } from '@/features/patients/api/get-patient';
import { PatientHistory } from '@/features/patients/components/patient-history';
import { PatientProfile } from '@/features/patients/components/patient-profile';
import { RecordSection } from '@/features/patients/components/record-section';
import { BookSeriesButton } from '@/features/treatment-series/components/booking/book-series-button';
import { PatientSeriesList } from '@/features/treatment-series/components/patient-series/patient-series-list';
import { PatientVisits } from '@/features/treatment-series/components/patient-series/patient-visits';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.fetchQuery(patientQueryOptions(params.id ?? ''));
    return null;
  };

/** The patient's record, with the sections other features own composed around it. */
export default function PatientDetailRoute() {
  const { id = '' } = useParams();
  const { data: patient } = useSuspenseQuery(patientQueryOptions(id));
  return (
    <Stack maw={960} gap="xl">
      <PatientProfile patient={patient} />
      <RecordSection title="Contact requests">
        <PatientRequests patientId={patient.id} />
      </RecordSection>
      <RecordSection title="Treatment series" action={<BookSeriesButton patientId={patient.id} variant="light" />}>
        <PatientSeriesList patientId={patient.id} />
      </RecordSection>
      <RecordSection title="Visits">
        <PatientVisits patientId={patient.id} />
      </RecordSection>
      <RecordSection title="Follow-up calls">
        <PatientCalls patientId={patient.id} />
      </RecordSection>
      <PatientHistory patientId={patient.id} />
    </Stack>
  );
}
