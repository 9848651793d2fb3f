import { Button, DataList, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { PhoneNumber } from '@/shared/settings/phone-number';
import { type Patient, riskFactorLabels } from '../schemas';
import { ContactForm } from './edit/contact-form';
import { RecordSection } from './record-section';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** Contact details, notes and risk factors, with an in-place form to edit them. */
export function ContactSection({ patient }: { patient: Patient }) {
  const [editing, setEditing] = useState(false);
  const riskFactors = patient.riskFactors.map((factor) => riskFactorLabels[factor]);
  return (
    <RecordSection
      title="Contact details"
      action={
        !editing && (
          <Button variant="light" size="xs" onClick={() => setEditing(true)}>
            Edit contact details
          </Button>
        )
      }
    >
      {editing ? (
        <ContactForm patient={patient} onDone={() => setEditing(false)} />
      ) : (
        <DataList>
          <Item label="Phone">
            <PhoneNumber value={patient.phone} />
          </Item>
          <Item label="Email">{patient.email}</Item>
          <Item label="Date of birth">{patient.dateOfBirth ?? 'Not recorded'}</Item>
          <Item label="Risk factors">{riskFactors.length > 0 ? riskFactors.join(', ') : 'None recorded'}</Item>
          <Item label="Notes">
            <Text style={{ whiteSpace: 'pre-wrap' }}>{patient.notes || '—'}</Text>
          </Item>
        </DataList>
      )}
    </RecordSection>
  );
}
