import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { z } from 'zod';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { showFieldErrors } from '@/lib/form-errors';
import { serverNow } from '@/lib/server-clock';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useAddSession } from '../../api/add-session';
import type { TreatmentSeries } from '../../schemas';
import { ChangeProblem } from './change-problem';
import { FreeSlotButtons } from './free-slot-buttons';
import { sameDayFreeSlots } from './plan-check';
import { PlanCheckList } from './plan-check-list';
import { lastKept, proposedStart } from './propose-visit';
import { minutesOf, type SlotValues, slotFields, slotFieldsAt, slotValuesAt, startOf } from './slot-form';
import { usePlanCheck } from './use-plan-check';
import { VisitTimeFields } from './visit-time-fields';

const schema = z.object(slotFields);

type Props = { series: TreatmentSeries; opened: boolean; onClose: () => void };

export function AddSessionModal({ series, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add a visit" size="lg">
      <AddSessionForm series={series} onDone={onClose} />
    </Modal>
  );
}

function AddSessionForm({ series, onDone }: { series: TreatmentSeries; onDone: () => void }) {
  const settings = useSettings();
  const tz = settings.timeZone;
  const now = serverNow().getTime();
  const before = lastKept(series);
  const number = Math.max(0, ...series.sessions.map((session) => session.number)) + 1;
  const minutesDefault = before?.durationMinutes ?? settings.defaultSessionMinutes;
  const [values, setValues] = useState<SlotValues>(() =>
    slotValuesAt(proposedStart(series, settings, now), minutesDefault, tz),
  );
  const form = useForm<SlotValues>({
    mode: 'uncontrolled',
    initialValues: values,
    validate: schemaResolver(schema, { sync: true }),
    onValuesChange: setValues,
  });
  const mutation = useAddSession(series.id);
  const start = startOf(values, tz);
  const minutes = minutesOf(values, minutesDefault);
  const visits = start ? [{ id: 'new-visit', number, start, durationMinutes: minutes }] : [];
  const { check, ctx, scheduleState } = usePlanCheck(series, { before, visits, settings, now });
  const slot = check.visits[0]?.slot;
  const suggestions =
    ctx && start && slot && slot.kind !== 'free' ? sameDayFreeSlots(start, minutes, ctx, [], now) : [];
  const pick = (slotStart: string) => form.setValues(slotFieldsAt(slotStart, tz));

  const submit = () => {
    if (!start || check.blocked) return;
    mutation.mutate(
      { seriesId: series.id, version: series.version, start, durationMinutes: minutes },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            title: `Visit ${number} added`,
            message: `${formatClinic(start, tz, dateTimeFormat)} with the same clinician.`,
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
          {before
            ? `Proposed ${series.spacingDays} days after visit ${before.number}, at the same time of day. Adjust it if needed.`
            : 'Choose a time for the visit.'}
        </Text>
        <VisitTimeFields
          form={form}
          values={values}
          clinicianId={series.clinicianId}
          fallbackMinutes={minutesDefault}
        />
        <PlanCheckList
          check={check}
          previousNumber={before?.number ?? null}
          spacingDays={series.spacingDays}
          timeZone={tz}
          scheduleState={scheduleState}
        />
        <FreeSlotButtons label="Free that day:" slots={suggestions} timeZone={tz} onPick={pick} />
        <ChangeProblem error={mutation.error} timeZone={tz} onPickSlot={pick} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={series.status !== 'active' || check.blocked}>
            Add visit {number}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
