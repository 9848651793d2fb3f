import { Radio, Stack, Text } from '@mantine/core';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import type { Patient } from '@/features/patients/schemas';
import { useFormatPhone } from '@/shared/settings/phone-number';

/** The value for "create a new patient record from the request". */
export const newPatientChoice = 'new';

type Props = {
  request: ContactRequest;
  candidates: Patient[];
  value: string | null;
  onChange: (value: string) => void;
};

function matchText(patient: Patient, request: ContactRequest): string {
  const on = [patient.phone === request.phone && 'phone', patient.email === request.email && 'email'].filter(Boolean);
  return on.length > 0 ? `same ${on.join(' and ')}` : 'flagged as a possible duplicate';
}

/** The request's phone or email matches existing patients: staff decide whether it is the same person. */
export function PatientChoice({ request, candidates, value, onChange }: Props) {
  const formatPhone = useFormatPhone();
  return (
    <Radio.Group
      label="Which patient record is this for?"
      description="The request's contact details match a patient the clinic already has."
      value={value}
      onChange={onChange}
      error={value ? null : 'Choose one before booking'}
    >
      <Stack gap="xs" mt="xs">
        {candidates.map((patient) => (
          <Radio
            key={patient.id}
            value={patient.id}
            label={`Use existing patient ${patient.name}`}
            description={`${matchText(patient, request)}: ${formatPhone(patient.phone)}, ${patient.email}`}
          />
        ))}
        <Radio
          value={newPatientChoice}
          label="Create a new patient record from this request"
          description={<Text span size="xs">{`${request.name}: ${formatPhone(request.phone)}, ${request.email}`}</Text>}
        />
      </Stack>
    </Radio.Group>
  );
}
