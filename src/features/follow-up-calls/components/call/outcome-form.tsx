import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { shouldSuggestClosing, suggestNextAttempt } from '@/features/contact-requests/domain/next-attempt';
import { isApiError } from '@/lib/api-error';
import { formatClinic } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { followUpQueryOptions } from '../../api/get-follow-up';
import { isOpenCall } from '../../call-times';
import type { CallAnswers, FollowUpDetail, RecordFollowUpInput } from '../../schemas';
import { CallScript } from './call-script';
import { blankPostpone, PostponeFields, type PostponeValues, postponeTarget } from './postpone-fields';
import { blankAnswers } from './script-answers';
import { useSaveOutcome } from './use-save-outcome';

type Outcome = RecordFollowUpInput['outcome'];
type Props = { call: FollowUpDetail; settings: ClinicSettings; now: number; clinicianName: string; onDone: () => void };

const outcomeChoices: { value: Outcome; label: string }[] = [
  { value: 'done', label: 'Done' },
  { value: 'no_answer', label: 'No answer' },
  { value: 'voicemail', label: 'Voicemail' },
  { value: 'postponed', label: 'Postpone' },
  { value: 'cancelled', label: 'Cancel the call' },
];
const isOutcome = (value: string): value is Outcome => outcomeChoices.some((choice) => choice.value === value);

/** The script, the outcome and a note. What is typed here survives a refused save. */
export function OutcomeForm({ call, settings, now, clinicianName, onDone }: Props) {
  const tz = settings.timeZone;
  const [answers, setAnswers] = useState<CallAnswers>(() => call.answers ?? blankAnswers(call.reason));
  const [outcome, setOutcome] = useState<Outcome>('done');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [postpone, setPostpone] = useState<PostponeValues>(blankPostpone);
  const queryClient = useQueryClient();
  const mutation = useSaveOutcome(call, tz, onDone);
  const fieldErrors = isApiError(mutation.error) ? mutation.error.fieldErrors : {};
  const failedTries = call.attempts.filter(
    (attempt) => attempt.outcome === 'no_answer' || attempt.outcome === 'voicemail',
  );
  const suggestClosing = shouldSuggestClosing(failedTries, settings.failedAttemptsBeforeClosing);
  const nextAttempt = suggestNextAttempt({
    preferredTimes: call.contact.preferredTimes,
    lastAttemptAt: now,
    now,
    tz,
    openingHours: settings.openingHours,
  });

  const submit = () => {
    const version = call.version;
    if (outcome === 'done') mutation.mutate({ outcome, version, note, answers });
    else if (outcome === 'no_answer' || outcome === 'voicemail') mutation.mutate({ outcome, version, note });
    else if (outcome === 'cancelled') mutation.mutate({ outcome, version, reason });
    else {
      const dueAt = postponeTarget(postpone, call.dueAt, now, settings);
      if (dueAt) mutation.mutate({ outcome, version, note, dueAt });
    }
  };

  // Booking from the call marks it done (unless booking already closed it on the server).
  const onBooked = async (start: string) => {
    const fresh = await queryClient.fetchQuery({ ...followUpQueryOptions(call.id), staleTime: 0 });
    const booked: CallAnswers = { reason: 'book_next_session', bookedSessionStart: start };
    if (isOpenCall(fresh)) mutation.mutate({ outcome: 'done', version: fresh.version, note, answers: booked });
    else onDone();
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <CallScript
          call={call}
          answers={answers}
          onChange={setAnswers}
          clinicianName={clinicianName}
          settings={settings}
          now={now}
          disabled={mutation.isPending}
          onBooked={(start) => void onBooked(start)}
        />
        {suggestClosing && (
          <Alert color="yellow" title={`${failedTries.length} attempts without reaching them`}>
            The clinic closes a call after {settings.failedAttemptsBeforeClosing} failed attempts. Consider cancelling
            it with a reason.
          </Alert>
        )}
        <Radio.Group label="Outcome" value={outcome} onChange={(value) => isOutcome(value) && setOutcome(value)}>
          <Group gap="md" mt={4}>
            {outcomeChoices.map((choice) => (
              <Radio key={choice.value} value={choice.value} label={choice.label} />
            ))}
          </Group>
        </Radio.Group>
        {(outcome === 'no_answer' || outcome === 'voicemail') && (
          <Alert color="blue" variant="light" title="The call stays in the queue">
            Next attempt suggested for {formatClinic(nextAttempt, tz, shortDateTimeFormat)}
            {call.contact.preferredTimes.length > 0
              ? `, in their preferred ${call.contact.preferredTimes.join(' or ')} hours.`
              : ', inside opening hours.'}
          </Alert>
        )}
        {outcome === 'postponed' && (
          <PostponeFields
            values={postpone}
            onChange={setPostpone}
            dueAt={call.dueAt}
            now={now}
            settings={settings}
            error={fieldErrors.dueAt?.join(' ')}
          />
        )}
        {outcome === 'cancelled' ? (
          <Textarea
            label="Why cancel the call?"
            rows={2}
            resize="vertical"
            withAsterisk
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={fieldErrors.reason?.join(' ')}
          />
        ) : (
          <Textarea
            label="Note"
            rows={2}
            resize="vertical"
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={fieldErrors.note?.join(' ')}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            Save outcome
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
