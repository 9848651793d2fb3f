import { Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { isApiError } from '@/lib/api-error';
import { newerPatient, useUpdatePatientClinical } from '../../api/save-patient';
import {
  type Patient,
  patientClinicalInputSchema,
  type ScreeningFlag,
  screeningFlagLabels,
  screeningFlags,
} from '../../schemas';
import { type ChangedField, NewerVersionNotice, SaveProblem, useSaveOver } from './save-feedback';

const formSchema = patientClinicalInputSchema.omit({ version: true });
type Values = { screeningFlags: ScreeningFlag[]; clinicalNotes: string };

const valuesOf = (patient: Patient): Values => ({
  screeningFlags: patient.screeningFlags,
  clinicalNotes: patient.clinicalNotes,
});

function differences(typed: Values, saved: Values): ChangedField[] {
  const changes: ChangedField[] = [];
  if (JSON.stringify(typed.screeningFlags) !== JSON.stringify(saved.screeningFlags)) {
    const flags = saved.screeningFlags.map((flag) => screeningFlagLabels[flag]).join(', ');
    changes.push({ label: 'Screening flags', value: flags || 'none' });
  }
  if (typed.clinicalNotes !== saved.clinicalNotes)
    changes.push({ label: 'Clinical notes', value: saved.clinicalNotes });
  return changes;
}

/** Screening flags and clinical notes: clinicians and admins only (the server refuses others). */
export function ClinicalForm({ patient, onDone }: { patient: Patient; onDone: () => void }) {
  const save = useUpdatePatientClinical(patient.id);
  const saveOver = useSaveOver(patient);
  const ref = useRef<HTMLFormElement>(null);
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: valuesOf(patient),
    validate: schemaResolver(formSchema, { sync: true }),
  });
  useEffect(() => ref.current?.querySelector('input')?.focus(), []);

  const submit = (values: Values) =>
    save.mutate(
      { ...values, version: saveOver.version },
      {
        onSuccess: onDone,
        onError: (error) => {
          const newer = newerPatient(error);
          if (newer) saveOver.adopt(newer);
          else if (isApiError(error)) form.setErrors(error.fieldErrors);
        },
      },
    );

  return (
    <form ref={ref} onSubmit={form.onSubmit(submit)} aria-label="Edit clinical review" noValidate>
      <Stack gap="sm">
        {saveOver.newer && <NewerVersionNotice changes={differences(form.getValues(), valuesOf(saveOver.newer))} />}
        {save.error && <SaveProblem error={save.error} />}
        <Checkbox.Group
          label="Screening flags"
          description="Each one asks a clinician to review before treating"
          {...form.getInputProps('screeningFlags')}
          key={form.key('screeningFlags')}
        >
          <Stack gap={6} mt={4}>
            {screeningFlags.map((flag) => (
              <Checkbox key={flag} value={flag} label={screeningFlagLabels[flag]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label="Clinical notes"
          rows={3}
          {...form.getInputProps('clinicalNotes')}
          key={form.key('clinicalNotes')}
        />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {saveOver.newer ? 'Save mine over the newer version' : 'Save clinical review'}
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
