import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { toMillis } from '@/lib/clinic-time';
import { showFieldErrors } from '@/lib/form-errors';
import { serverNow } from '@/lib/server-clock';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useDiscontinueSeries } from '../../api/discontinue-series';
import { discontinueSeriesInputSchema, type TreatmentSeries } from '../../schemas';
import { ChangeProblem } from './change-problem';

type Values = { reason: string };
const schema = discontinueSeriesInputSchema.pick({ reason: true });

type Props = { series: TreatmentSeries; opened: boolean; onClose: () => void };

export function DiscontinueModal({ series, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Discontinue the series" size="md">
      <DiscontinueForm series={series} onDone={onClose} />
    </Modal>
  );
}

function DiscontinueForm({ series, onDone }: { series: TreatmentSeries; onDone: () => void }) {
  const { timeZone } = useSettings();
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: { reason: '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  const mutation = useDiscontinueSeries(series.id);
  const active = series.status === 'active';
  const now = serverNow().getTime();
  const upcoming = series.sessions.filter(
    (session) => session.status === 'scheduled' && toMillis(session.start) > now,
  ).length;

  const submit = (values: Values) =>
    mutation.mutate(
      { seriesId: series.id, version: series.version, ...schema.parse(values) },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            title: 'Series discontinued',
            message: `${series.patientName}'s series was discontinued.`,
          });
          onDone();
        },
        onError: (error) => showFieldErrors(form, error),
      },
    );

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="sm">
        <Text size="sm">
          {upcoming > 0
            ? `The ${upcoming === 1 ? 'upcoming visit is' : `${upcoming} upcoming visits are`} cancelled, and calls still due about the series are cancelled.`
            : 'Calls still due about the series are cancelled.'}
        </Text>
        <Textarea
          label="Reason"
          withAsterisk
          rows={3}
          maxLength={500}
          data-autofocus
          key={form.key('reason')}
          {...form.getInputProps('reason')}
        />
        <ChangeProblem error={mutation.error} timeZone={timeZone} />
        {!active && (
          <Text size="sm" c="red" role="alert">
            This series is {series.status} now: there is nothing to discontinue.
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Keep the series
          </Button>
          <Button type="submit" color="red" loading={mutation.isPending} disabled={!active}>
            Discontinue series
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
