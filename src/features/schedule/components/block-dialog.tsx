import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { DatePickerInput, TimeInput } from '@mantine/dates';
import { schemaResolver, useForm } from '@mantine/form';
import { blockKindLabels, blockKinds } from '@/features/treatment-series/block-schemas';
import { errorMessage, isApiError } from '@/lib/api-error';
import { dayjs } from '@/lib/dayjs';
import { useIdempotencyKey } from '@/lib/use-idempotency-key';
import { useSettings } from '@/shared/settings/api/get-settings';
import type { StaffMember } from '@/shared/staff/schemas';
import { useCreateBlock } from '../api/block-mutations';
import { AffectedVisits } from './affected-visits';
import { type BlockFormValues, blockFormSchema, blockInput, serverFieldOf, wholeClinic } from './block-form';

type Props = {
  opened: boolean;
  onClose: () => void;
  me: StaffMember;
  clinicians: StaffMember[];
  defaultClinicianId: string | null;
  defaultDate: string;
};

/** Leave, training or maintenance: a clinician blocks their own time, an admin anyone's or the clinic's. */
export function BlockDialog(props: Props) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Block time" size="lg">
      <BlockForm {...props} />
    </Modal>
  );
}

const dateProps = {
  valueFormat: 'ddd D MMM YYYY',
  getDayProps: (day: string) => ({ 'aria-label': dayjs.utc(day).format('ddd D MMM YYYY') }),
};

function BlockForm({ onClose, me, clinicians, defaultClinicianId, defaultDate }: Props) {
  const { timeZone } = useSettings();
  const { keyFor } = useIdempotencyKey();
  const create = useCreateBlock();
  const own = me.role === 'clinician';
  const form = useForm<BlockFormValues>({
    mode: 'uncontrolled',
    initialValues: {
      clinicianId: own ? me.id : (defaultClinicianId ?? ''),
      kind: 'leave',
      startDate: defaultDate,
      startTime: '13:00',
      endDate: defaultDate,
      endTime: '18:00',
      reason: '',
    },
    validate: schemaResolver(blockFormSchema, { sync: true }),
  });
  const whose = own
    ? [{ value: me.id, label: me.name }]
    : [
        ...clinicians.map((member) => ({ value: member.id, label: member.name })),
        { value: wholeClinic, label: 'Whole clinic' },
      ];

  if (create.data) return <AffectedVisits result={create.data} timeZone={timeZone} onDone={onClose} />;

  const submit = form.onSubmit((values) => {
    const input = blockInput(values, timeZone, keyFor(values));
    create.mutate(input, {
      onError: (error) => {
        if (!isApiError(error)) return;
        for (const [field, messages] of Object.entries(error.fieldErrors)) {
          const target = serverFieldOf[field];
          if (target) form.setFieldError(target, messages.join(' '));
        }
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Select
            label="Whose time"
            withAsterisk
            data={whose}
            disabled={own}
            allowDeselect={false}
            key={form.key('clinicianId')}
            {...form.getInputProps('clinicianId')}
          />
          <Select
            label="Kind"
            withAsterisk
            allowDeselect={false}
            data={blockKinds.map((kind) => ({ value: kind, label: blockKindLabels[kind] }))}
            key={form.key('kind')}
            {...form.getInputProps('kind')}
          />
        </Group>
        <Group grow align="flex-start">
          <DatePickerInput
            label="From"
            withAsterisk
            {...dateProps}
            key={form.key('startDate')}
            {...form.getInputProps('startDate')}
          />
          <TimeInput
            label="From time (clinic time)"
            withAsterisk
            key={form.key('startTime')}
            {...form.getInputProps('startTime')}
          />
        </Group>
        <Group grow align="flex-start">
          <DatePickerInput
            label="Until"
            withAsterisk
            {...dateProps}
            key={form.key('endDate')}
            {...form.getInputProps('endDate')}
          />
          <TimeInput
            label="Until time (clinic time)"
            withAsterisk
            key={form.key('endTime')}
            {...form.getInputProps('endTime')}
          />
        </Group>
        <TextInput
          label="Reason"
          withAsterisk
          description="Shown on the calendar and in booking conflicts"
          key={form.key('reason')}
          {...form.getInputProps('reason')}
        />
        {create.error && (
          <Alert color="red" role="alert" title={isApiError(create.error) ? create.error.problem.title : 'Not blocked'}>
            {errorMessage(create.error)} Nothing you entered is lost.
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Block this time
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
