import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { z } from 'zod';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { showFieldErrors } from '@/lib/form-errors';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useRescheduleSession } from '../../api/reschedule-session';
import type { Session, TreatmentSeries } from '../../schemas';
import { ChangeProblem } from './change-problem';
import { FreeSlotButtons } from './free-slot-buttons';
import { PlanCheckList } from './plan-check-list';
import { visitList } from './session-labels';
import { type SlotValues, slotFields, slotFieldsAt, slotValuesAt } from './slot-form';
import { useReschedulePlan } from './use-reschedule-plan';
import { VisitTimeFields } from './visit-time-fields';

type Values = SlotValues & { shiftLater: boolean };
const schema = z.object({ ...slotFields, shiftLater: z.boolean() });

type Props = { series: TreatmentSeries; session: Session | undefined; opened: boolean; onClose: () => void };

export function RescheduleModal({ series, session, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Reschedule visit ${session?.number ?? ''}`} size="lg">
      {session && <RescheduleForm series={series} session={session} onDone={onClose} />}
    </Modal>
  );
}

function RescheduleForm({
  series,
  session,
  onDone,
}: {
  series: TreatmentSeries;
  session: Session;
  onDone: () => void;
}) {
  const { timeZone } = useSettings();
  const [values, setValues] = useState<Values>(() => ({
    ...slotValuesAt(session.start, session.durationMinutes, timeZone),
    shiftLater: false,
  }));
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: values,
    validate: schemaResolver(schema, { sync: true }),
    onValuesChange: setValues,
  });
  const plan = useReschedulePlan(series, session, values, values.shiftLater);
  const mutation = useRescheduleSession(series.id);
  const stillScheduled = session.status === 'scheduled';

  const submit = (input: Values) => {
    if (!plan.start || plan.check.blocked) return;
    const shifted = input.shiftLater ? plan.check.visits.length - 1 : 0;
    mutation.mutate(
      {
        sessionId: session.id,
        version: session.version,
        start: plan.start,
        durationMinutes: plan.minutes,
        shiftLater: input.shiftLater,
      },
      {
        onSuccess: () => {
          const also =
            shifted > 0
              ? ` ${shifted === 1 ? 'One later visit' : `${shifted} later visits`} moved by the same number of days.`
              : '';
          notifications.show({
            color: 'teal',
            title: `Visit ${session.number} rescheduled`,
            message: `Now ${formatClinic(plan.start ?? session.start, timeZone, dateTimeFormat)}.${also}`,
          });
          onDone();
        },
        onError: (error) => showFieldErrors(form, error, { start: 'time' }),
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Now {formatClinic(session.start, timeZone, dateTimeFormat)}, {session.durationMinutes} min.
        </Text>
        <VisitTimeFields
          form={form}
          values={values}
          clinicianId={series.clinicianId}
          fallbackMinutes={session.durationMinutes}
        />
        {plan.later.length > 0 && (
          <Checkbox
            label={`Also move ${visitList(plan.later.map((later) => later.number))} by the same number of days`}
            description={
              plan.daysMoved === 0
                ? 'Same day: the later visits would not move.'
                : `${Math.abs(plan.daysMoved)} day${Math.abs(plan.daysMoved) === 1 ? '' : 's'} ${plan.daysMoved > 0 ? 'later' : 'earlier'}, each at its own time of day, to keep the spacing.`
            }
            key={form.key('shiftLater')}
            {...form.getInputProps('shiftLater', { type: 'checkbox' })}
          />
        )}
        <PlanCheckList
          check={plan.check}
          previousNumber={plan.before?.number ?? null}
          spacingDays={series.spacingDays}
          timeZone={timeZone}
          scheduleState={plan.scheduleState}
        />
        <FreeSlotButtons
          label="Free that day:"
          slots={plan.suggestions}
          timeZone={timeZone}
          onPick={(start) => form.setValues(slotFieldsAt(start, timeZone))}
        />
        <ChangeProblem
          error={mutation.error}
          timeZone={timeZone}
          onPickSlot={(start) => form.setValues(slotFieldsAt(start, timeZone))}
        />
        {!stillScheduled && (
          <Text size="sm" c="red" role="alert">
            Visit {session.number} is no longer scheduled, so it cannot be moved.
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Keep the current time
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={!stillScheduled || plan.check.blocked}>
            Reschedule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
