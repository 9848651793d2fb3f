import { Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect, useMemo, useRef } from 'react';
import { z } from 'zod';
import { showFieldErrors } from '@/lib/form-errors';
import { formatPhone, type PhoneCountry } from '@/lib/phone';
import { phoneFieldFor } from '@/lib/phone-field';
import { useSettings } from '@/shared/settings/api/get-settings';
import { newerPatient, useUpdatePatientContact } from '../../api/save-patient';
import { patientContactInputSchema } from '../../contact-input-schemas';
import { type Patient, type RiskFactor, riskFactorLabels, riskFactors } from '../../schemas';
import { type ChangedField, NewerVersionNotice, SaveProblem, useSaveOver } from './save-feedback';

/** The phone as typed in the clinic's country, sent as E.164. */
const formSchemaFor = (country: PhoneCountry) =>
  patientContactInputSchema.omit({ version: true }).extend({
    phone: phoneFieldFor(country),
    dateOfBirth: z.union([z.literal(''), z.iso.date('Enter a valid date')]),
  });

type Values = {
  name: string;
  phone: string;
  email: string;
  dateOfBirth: string;
  notes: string;
  riskFactors: RiskFactor[];
};

const labels: Record<keyof Values, string> = {
  name: 'Name',
  phone: 'Phone',
  email: 'Email',
  dateOfBirth: 'Date of birth',
  notes: 'Notes',
  riskFactors: 'Risk factors',
};

const valuesOf = (patient: Patient, country: PhoneCountry): Values => ({
  name: patient.name,
  phone: formatPhone(patient.phone, country),
  email: patient.email,
  dateOfBirth: patient.dateOfBirth ?? '',
  notes: patient.notes,
  riskFactors: patient.riskFactors,
});

function differences(typed: Values, saved: Values): ChangedField[] {
  return (Object.keys(labels) as (keyof Values)[])
    .filter((key) => JSON.stringify(typed[key]) !== JSON.stringify(saved[key]))
    .map((key) => {
      const value = saved[key];
      const text = Array.isArray(value) ? value.map((factor) => riskFactorLabels[factor]).join(', ') : value;
      return { label: labels[key], value: text };
    });
}

type Props = { patient: Patient; onDone: () => void };

/** Contact details, notes and risk factors; any role that may open the patient edits them. */
export function ContactForm({ patient, onDone }: Props) {
  const { country } = useSettings();
  const formSchema = useMemo(() => formSchemaFor(country), [country]);
  const save = useUpdatePatientContact(patient.id);
  const saveOver = useSaveOver(patient);
  const ref = useRef<HTMLFormElement>(null);
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: valuesOf(patient, country),
    validate: schemaResolver(formSchema, { sync: true }),
  });
  useEffect(() => ref.current?.querySelector('input')?.focus(), []);

  const submit = (values: Values) => {
    const parsed = formSchema.parse(values);
    save.mutate(
      { ...parsed, dateOfBirth: parsed.dateOfBirth || null, version: saveOver.version },
      {
        onSuccess: onDone,
        onError: (error) => {
          const newer = newerPatient(error);
          if (newer) saveOver.adopt(newer);
          else showFieldErrors(form, error);
        },
      },
    );
  };

  return (
    <form ref={ref} onSubmit={form.onSubmit(submit)} aria-label="Edit contact details" noValidate>
      <Stack gap="sm">
        {saveOver.newer && (
          <NewerVersionNotice changes={differences(form.getValues(), valuesOf(saveOver.newer, country))} />
        )}
        {save.error && <SaveProblem error={save.error} />}
        <Group grow align="flex-start">
          <TextInput label="Name" required {...form.getInputProps('name')} key={form.key('name')} />
          <TextInput
            label="Date of birth"
            type="date"
            {...form.getInputProps('dateOfBirth')}
            key={form.key('dateOfBirth')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput label="Phone" type="tel" required {...form.getInputProps('phone')} key={form.key('phone')} />
          <TextInput label="Email" type="email" required {...form.getInputProps('email')} key={form.key('email')} />
        </Group>
        <Checkbox.Group label="Risk factors" {...form.getInputProps('riskFactors')} key={form.key('riskFactors')}>
          <Group gap="md" mt={4}>
            {riskFactors.map((factor) => (
              <Checkbox key={factor} value={factor} label={riskFactorLabels[factor]} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea label="Notes" rows={3} {...form.getInputProps('notes')} key={form.key('notes')} />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {saveOver.newer ? 'Save mine over the newer version' : 'Save contact details'}
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
