import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useIsMutating } from '@tanstack/react-query';
import { useRef } from 'react';
import { z } from 'zod';
import { useIdempotencyKey } from '@/lib/use-idempotency-key';
import { useLogAttempt } from '../../api/log-attempt';
import { requestChangeKey } from '../../api/optimistic-request';
import { contactMethodLabels } from '../../intake-vocabulary';
import {
  attemptChannels,
  attemptOutcomes,
  type ContactRequest,
  logAttemptInputSchema,
  outcomeLabels,
} from '../../schemas';

const attemptFormSchema = logAttemptInputSchema
  .omit({ version: true })
  .extend({ outcome: z.enum(attemptOutcomes, 'Choose what happened') });

type AttemptFormValues = Omit<z.input<typeof attemptFormSchema>, 'outcome'> & { outcome: string };

/** Stays filled in until the server has the attempt, so nothing typed is lost on an error. */
export function LogAttemptForm({ request }: { request: ContactRequest }) {
  const logAttempt = useLogAttempt(request.id);
  const busy = useIsMutating({ mutationKey: requestChangeKey(request.id) }) > 0;
  const form = useForm<AttemptFormValues>({
    mode: 'uncontrolled',
    initialValues: { channel: request.preferredContactMethod, outcome: '', note: '' },
    validate: schemaResolver(attemptFormSchema, { sync: true }),
  });

  const formElement = useRef<HTMLFormElement>(null);
  const attemptKey = useIdempotencyKey();
  const submit = (values: AttemptFormValues) => {
    const attempt = attemptFormSchema.parse(values);
    logAttempt.mutate(
      { ...attempt, version: request.version, idempotencyKey: attemptKey.keyFor(attempt) },
      {
        onSuccess: () => {
          attemptKey.renew();
          form.reset();
          // The button was disabled while sending, which dropped focus to the page: back to the
          // form's start, once the reset fields have mounted again.
          setTimeout(() => formElement.current?.querySelector<HTMLElement>('input:checked, input')?.focus());
        },
      },
    );
  };

  return (
    <form ref={formElement} noValidate onSubmit={form.onSubmit(submit)} aria-label="Log a contact attempt">
      <Stack gap="sm">
        <Radio.Group label="Channel" key={form.key('channel')} {...form.getInputProps('channel')}>
          <Group mt={4}>
            {attemptChannels.map((channel) => (
              <Radio key={channel} value={channel} label={contactMethodLabels[channel]} />
            ))}
          </Group>
        </Radio.Group>
        <Radio.Group label="Outcome" withAsterisk key={form.key('outcome')} {...form.getInputProps('outcome')}>
          <Group mt={4}>
            {attemptOutcomes.map((outcome) => (
              <Radio key={outcome} value={outcome} label={outcomeLabels[outcome]} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label="Note"
          rows={2}
          resize="vertical"
          maxLength={2000}
          key={form.key('note')}
          {...form.getInputProps('note')}
        />
        <Button type="submit" w="fit-content" loading={logAttempt.isPending} disabled={busy && !logAttempt.isPending}>
          Log attempt
        </Button>
      </Stack>
    </form>
  );
}
