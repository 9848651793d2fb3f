import { Alert, Divider, Stack, Title } from '@mantine/core';
import { useIsMutating } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ChangeRefusalNotice } from '@/components/change-refusal-notice';
import { useServerNow } from '@/features/contact-requests/hooks/use-server-now';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import { describeCallRefusal } from '../../api/call-cache';
import { followUpKeys } from '../../api/keys';
import { isOpenCall } from '../../call-times';
import type { FollowUpDetail } from '../../schemas';
import { AttemptHistory } from './attempt-history';
import { CallFacts } from './call-facts';
import { CallHeader } from './call-header';
import { CallSummary } from './call-summary';
import { OutcomeForm } from './outcome-form';

/** Everything to make one call and record how it went. */
export function CallPanel({ call, onDone }: { call: FollowUpDetail; onDone: () => void }) {
  const settings = useSettings();
  const staff = useStaff();
  const now = useServerNow();
  const staffNames = useMemo(() => new Map(staff.map((member) => [member.id, member.name])), [staff]);
  const clinicianName = (call.about.clinicianId && staffNames.get(call.about.clinicianId)) || 'the clinician';
  const tz = settings.timeZone;
  // The form stays while a save is on its way: if it is refused, what was typed is still there.
  const saving = useIsMutating({ mutationKey: followUpKeys.change(call.id) }) > 0;
  const open = isOpenCall(call) || saving;

  return (
    <Stack gap="md">
      <CallHeader call={call} timeZone={tz} now={now} staffNames={staffNames} />
      <CallFacts call={call} timeZone={tz} />
      <Divider />
      <section aria-labelledby="call-outcome-heading">
        <Title order={3} size="h5" id="call-outcome-heading" mb="sm">
          {open ? 'Make the call' : 'Outcome'}
        </Title>
        <ChangeRefusalNotice mutationKey={followUpKeys.change(call.id)} explain={describeCallRefusal} />
        {!open ? (
          <CallSummary call={call} />
        ) : call.canWork ? (
          <OutcomeForm call={call} settings={settings} now={now} clinicianName={clinicianName} onDone={onDone} />
        ) : (
          <Alert color="gray" title="Not your patient's call">
            Clinicians work the calls of their own patients; the front desk works this one.
          </Alert>
        )}
      </section>
      <section aria-labelledby="call-attempts-heading">
        <Title order={3} size="h5" id="call-attempts-heading" mb="sm">
          Earlier attempts
        </Title>
        <AttemptHistory attempts={call.attempts} timeZone={tz} staffNames={staffNames} />
      </section>
    </Stack>
  );
}
