import { Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { showFieldErrors } from '@/lib/form-errors';
import { serverNow } from '@/lib/server-clock';
import { useSettings } from '@/shared/settings/api/get-settings';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { useCompleteSession } from '../../api/complete-session';
import { followUpsForCompletedSession } from '../../domain/session-outcome';
import {
  completeSessionInputSchema,
  type Session,
  type TreatedArea,
  type TreatmentSeries,
  treatedAreas,
} from '../../schemas';
import { ChangeProblem } from './change-problem';
import { treatedAreaLabels } from './session-labels';

type Values = { treatedAreas: TreatedArea[]; notes: string };
const schema = completeSessionInputSchema.pick({ treatedAreas: true, notes: true });

type Props = { series: TreatmentSeries; session: Session | undefined; opened: boolean; onClose: () => void };

export function CompleteSessionModal({ series, session, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Complete visit ${session?.number ?? ''}`} size="md">
      {session && <CompleteForm series={series} session={session} onDone={onClose} />}
    </Modal>
  );
}

/** What the server creates on completion (SPEC rule 5), said in words afterwards. */
function outcomeMessage(before: TreatmentSeries, session: Session, after: TreatmentSeries, settings: ClinicSettings) {
  const { calls } = followUpsForCompletedSession({ session, series: before, now: serverNow(), settings });
  const lines = [`${settings.postTreatmentCallHours}-hour follow-up call created.`];
  if (calls.some((call) => call.reason === 'book_next_session')) lines.push('Book-next-visit call created.');
  if (after.status === 'completed') lines.push('That was the last planned visit: the series is completed.');
  return lines.join(' ');
}

function CompleteForm({ series, session, onDone }: { series: TreatmentSeries; session: Session; onDone: () => void }) {
  const settings = useSettings();
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: { treatedAreas: [], notes: '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  const mutation = useCompleteSession(series.id);
  const stillScheduled = session.status === 'scheduled';

  const submit = (values: Values) => {
    const input = schema.parse(values);
    mutation.mutate(
      { sessionId: session.id, version: session.version, ...input },
      {
        onSuccess: (updated) => {
          notifications.show({
            color: 'teal',
            title: `Visit ${session.number} completed`,
            message: outcomeMessage(series, session, updated, settings),
            autoClose: 10_000,
          });
          onDone();
        },
        onError: (error) => showFieldErrors(form, error),
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {series.patientName}, {formatClinic(session.start, settings.timeZone, dateTimeFormat)}
        </Text>
        <Checkbox.Group
          label="Treated areas"
          withAsterisk
          key={form.key('treatedAreas')}
          {...form.getInputProps('treatedAreas')}
        >
          <Group mt={4}>
            {treatedAreas.map((area) => (
              <Checkbox key={area} value={area} label={treatedAreaLabels[area]} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea
          label="Clinical notes"
          description="Veins treated, sclerosant and strength, reactions."
          rows={4}
          maxLength={2000}
          key={form.key('notes')}
          {...form.getInputProps('notes')}
        />
        <ChangeProblem error={mutation.error} timeZone={settings.timeZone} />
        {!stillScheduled && (
          <Text size="sm" c="red" role="alert">
            Visit {session.number} is no longer scheduled, so it cannot be completed.
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={!stillScheduled}>
            Complete visit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
