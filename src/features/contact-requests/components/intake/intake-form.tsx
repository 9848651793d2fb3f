import { Button, Checkbox, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMemo } from 'react';
import { showFieldErrors } from '@/lib/form-errors';
import { type PhoneCountry, phoneExample } from '@/lib/phone';
import { phoneFieldFor } from '@/lib/phone-field';
import { usePublicSettings } from '@/shared/settings/api/get-settings';
import { useSubmitIntake } from '../../api/submit-intake';
import { intakeInputSchema } from '../../intake-schema';
import { HoneypotField } from './honeypot-field';
import { ConcernFields, ContactPreferenceFields } from './intake-choice-fields';
import { emptyIntake, type IntakeFormValues } from './intake-form-values';
import { IntakeProblem } from './intake-problem';
import { MessageField } from './message-field';

/**
 * The honeypot is the server's to judge: a bot gets the same thank-you and nothing is stored.
 * The phone is read in the clinic's country and sent as E.164.
 */
const visibleFieldsSchemaFor = (country: PhoneCountry) =>
  intakeInputSchema.omit({ website: true }).extend({ phone: phoneFieldFor(country) });

/** The clinic website's contact form. On any failure, what the person typed stays. */
export function IntakeForm({ onSent }: { onSent: () => void }) {
  const { country } = usePublicSettings();
  const visibleFieldsSchema = useMemo(() => visibleFieldsSchemaFor(country), [country]);
  const submit = useSubmitIntake();
  const form = useForm<IntakeFormValues>({
    mode: 'uncontrolled',
    initialValues: emptyIntake,
    validate: schemaResolver(visibleFieldsSchema, { sync: true }),
    validateInputOnBlur: ['message'],
  });

  const send = ({ website, ...values }: IntakeFormValues) =>
    submit.mutate(
      { ...visibleFieldsSchema.parse(values), ...(website ? { website } : {}) },
      {
        onSuccess: onSent,
        onError: (error) => showFieldErrors(form, error),
      },
    );

  return (
    <form noValidate onSubmit={form.onSubmit(send)} aria-label="Request an appointment">
      <Stack>
        {submit.error && <IntakeProblem error={submit.error} />}
        <TextInput
          label="Full name"
          autoComplete="name"
          required
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Phone"
          description={`For example ${phoneExample(country)}`}
          type="tel"
          autoComplete="tel"
          required
          key={form.key('phone')}
          {...form.getInputProps('phone')}
        />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <ContactPreferenceFields form={form} />
        <ConcernFields form={form} />
        <MessageField form={form} />
        <Checkbox
          label="I agree to be contacted by the clinic about my request."
          required
          key={form.key('consent')}
          {...form.getInputProps('consent', { type: 'checkbox' })}
        />
        <HoneypotField form={form} />
        <Button type="submit" loading={submit.isPending} w="fit-content">
          Send request
        </Button>
      </Stack>
    </form>
  );
}
