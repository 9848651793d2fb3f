import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { z } from 'zod';
import { type CloseReason, closeInputSchema, closeReasonLabels, closeReasons } from '../../schemas';
import { plural } from './use-undoable-bulk-action';

export type CloseRequestsInput = z.output<typeof closeInputSchema>;
type Values = { closeReason: CloseReason | ''; reason: string };

type Props = {
  count: number;
  onCancel: () => void;
  onConfirm: (input: CloseRequestsInput) => void;
};

/** Mounted only while open (the inbox loads it on first use). */
export function CloseRequestsModal({ count, onCancel, onConfirm }: Props) {
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: { closeReason: '', reason: '' },
    validate: schemaResolver(closeInputSchema, { sync: true }),
  });
  const submit = form.onSubmit((values) => {
    onConfirm(closeInputSchema.parse(values));
  });

  return (
    <Modal opened onClose={onCancel} title={`Close ${plural(count, 'request')}`} returnFocus={false}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Radio.Group
            label="Why are they closed?"
            withAsterisk
            key={form.key('closeReason')}
            {...form.getInputProps('closeReason')}
          >
            <Stack gap="xs" mt={6}>
              {closeReasons.map((reason) => (
                <Radio key={reason} value={reason} label={closeReasonLabels[reason]} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label="Reason"
            description="Saved on each request and in the audit log"
            withAsterisk
            rows={3}
            key={form.key('reason')}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" color="red">
              Close requests
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
