import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { PhoneNumber } from '@/shared/settings/phone-number';
import { PatientChoice } from './patient-choice';
import type { BookingSubject } from './use-booking-subject';

type Props = { subject: BookingSubject; patientChoice: string | null; onChoosePatient: (value: string) => void };

/** Who is being booked: the request's person (maybe an existing patient) or the patient. */
export function SubjectSummary({ subject, patientChoice, onChoosePatient }: Props) {
  return (
    <Stack component="section" aria-labelledby="booking-patient-title" gap="xs">
      <Title order={3} size="h5" id="booking-patient-title">
        Patient
      </Title>
      {subject.kind === 'patient' ? (
        <Text>
          <Anchor component={Link} to={paths.patient(subject.patient.id)}>
            {subject.patient.name}
          </Anchor>
          , <PhoneNumber value={subject.patient.phone} />, {subject.patient.email}
        </Text>
      ) : (
        <>
          <Text>
            {subject.request.name}, <PhoneNumber value={subject.request.phone} />, {subject.request.email}{' '}
            <Anchor component={Link} to={paths.request(subject.request.id)} size="sm">
              (the contact request)
            </Anchor>
          </Text>
          {subject.candidates.length > 0 ? (
            <PatientChoice
              request={subject.request}
              candidates={subject.candidates}
              value={patientChoice}
              onChange={onChoosePatient}
            />
          ) : (
            <Text size="sm" c="dimmed">
              No patient has this phone number or email yet: booking creates the patient record from the request.
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
