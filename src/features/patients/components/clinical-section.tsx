import { Button, DataList, Text } from '@mantine/core';
import { useState } from 'react';
import { useCurrentStaff } from '@/shared/auth/api/get-me';
import { type Patient, screeningFlagLabels } from '../schemas';
import { ClinicalForm } from './edit/clinical-form';
import { RecordSection } from './record-section';

/** Screening flags and clinical notes: everyone reads them, clinicians and admins edit them. */
export function ClinicalSection({ patient }: { patient: Patient }) {
  const staff = useCurrentStaff();
  const [editing, setEditing] = useState(false);
  const mayEdit = staff.role === 'clinician' || staff.role === 'admin';
  const flags = patient.screeningFlags.map((flag) => screeningFlagLabels[flag]);
  return (
    <RecordSection
      title="Clinical review"
      action={
        mayEdit &&
        !editing && (
          <Button variant="light" size="xs" onClick={() => setEditing(true)}>
            Edit clinical review
          </Button>
        )
      }
    >
      {editing ? (
        <ClinicalForm patient={patient} onDone={() => setEditing(false)} />
      ) : (
        <DataList>
          <DataList.Item>
            <DataList.ItemLabel>Screening flags</DataList.ItemLabel>
            <DataList.ItemValue>{flags.length > 0 ? flags.join(', ') : 'None'}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Clinical notes</DataList.ItemLabel>
            <DataList.ItemValue>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{patient.clinicalNotes || '—'}</Text>
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      )}
    </RecordSection>
  );
}
