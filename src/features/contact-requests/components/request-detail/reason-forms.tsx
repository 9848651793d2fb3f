import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { closeReasonLabels, closeReasons } from '../../schemas';

export type NotCandidateValues = { reason: string };
export type CloseValues = { closeReason: string; reason: string };

const notCandidateReasons = [
  'Larger varicose veins: refer on',
  'Pregnant: can be treated after the pregnancy',
  'Asks for a treatment we do not offer',
];

type FormProps<V> = { form: UseFormReturnType<V>; busy: boolean; onSubmit: (values: V) => void; onCancel: () => void };

/** Moves focus into the form when it opens, so keyboard users land on the first field. */
function useFocusFirstField() {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input:checked, input, textarea')?.focus();
  }, []);
  return ref;
}

function FormButtons({ label, busy, onCancel }: { label: string; busy: boolean; onCancel: () => void }) {
  return (
    <Group gap="xs">
      <Button type="submit" color="red" disabled={busy}>
        {label}
      </Button>
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
    </Group>
  );
}

export function NotCandidateForm({ form, busy, onSubmit, onCancel }: FormProps<NotCandidateValues>) {
  const ref = useFocusFirstField();
  return (
    <form ref={ref} noValidate onSubmit={form.onSubmit(onSubmit)} aria-label="Mark not a candidate">
      <Stack gap="sm">
        <Textarea
          label="Reason"
          withAsterisk
          rows={2}
          resize="vertical"
          maxLength={500}
          key={form.key('reason')}
          {...form.getInputProps('reason')}
        />
        <Group gap="xs" aria-label="Common reasons" role="group">
          {notCandidateReasons.map((reason) => (
            <Button key={reason} size="compact-xs" variant="light" onClick={() => form.setFieldValue('reason', reason)}>
              {reason}
            </Button>
          ))}
        </Group>
        <FormButtons label="Mark not a candidate" busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export function CloseRequestForm({ form, busy, onSubmit, onCancel }: FormProps<CloseValues>) {
  const ref = useFocusFirstField();
  return (
    <form ref={ref} noValidate onSubmit={form.onSubmit(onSubmit)} aria-label="Close the request">
      <Stack gap="sm">
        <Radio.Group
          label="Why close it?"
          withAsterisk
          key={form.key('closeReason')}
          {...form.getInputProps('closeReason')}
        >
          <Group mt={4}>
            {closeReasons.map((reason) => (
              <Radio key={reason} value={reason} label={closeReasonLabels[reason]} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label="Reason"
          withAsterisk
          rows={2}
          resize="vertical"
          maxLength={500}
          key={form.key('reason')}
          {...form.getInputProps('reason')}
        />
        <FormButtons label="Close request" busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
