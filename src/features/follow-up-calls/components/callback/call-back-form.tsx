import { Alert, Anchor, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { suggestNextAttempt } from '@/features/contact-requests/domain/next-attempt';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import { isApiError } from '@/lib/api-error';
import { atClinicTime, clinicDate, clinicTimeOfDay, formatClinic, MINUTE_MS } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { serverNow } from '@/lib/server-clock';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useCreateCallback } from '../../api/create-callback';
import { isInsideOpeningHours } from '../../call-times';
import type { FollowUpCall } from '../../schemas';
import { type ClinicDateTime, ClinicDateTimeFields } from '../call/clinic-date-time-fields';

const newKey = () => crypto.randomUUID();
const QUARTER_MS = 15 * MINUTE_MS;

/**
 * "Call back at…" on a contact request: a callback call in the follow-up queue, due when the
 * person asked. The first suggestion falls inside their preferred times.
 */
export function CallBackForm({ request }: { request: ContactRequest }) {
  const settings = useSettings();
  const tz = settings.timeZone;
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [moment, setMoment] = useState<ClinicDateTime>({ date: null, time: null });
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<string>();
  const [scheduled, setScheduled] = useState<FollowUpCall | null>(null);
  // One key per callback the person means to schedule, so a retried click never makes two.
  const key = useRef(newKey());
  const create = useCreateCallback();
  const serverErrors = isApiError(create.error) ? create.error.fieldErrors : {};

  const start = () => {
    const now = serverNow();
    const suggested = suggestNextAttempt({
      preferredTimes: request.preferredTimes,
      lastAttemptAt: request.lastAttemptAt,
      now,
      tz,
      openingHours: settings.openingHours,
    });
    // The time list steps by quarter hours.
    const quarter = new Date(Math.ceil(Date.parse(suggested) / QUARTER_MS) * QUARTER_MS);
    setMoment({ date: clinicDate(quarter, tz), time: clinicTimeOfDay(quarter, tz) });
    setScheduled(null);
    setOpen(true);
  };

  const submit = () => {
    if (!moment.date || !moment.time) return setLocalError('Choose the date and time to call back.');
    const dueAt = atClinicTime(moment.date, moment.time, tz);
    if (Date.parse(dueAt) <= serverNow().getTime()) return setLocalError('Choose a time in the future.');
    if (!isInsideOpeningHours(dueAt, tz, settings)) {
      return setLocalError('Choose a time inside opening hours on a day the clinic is open.');
    }
    setLocalError(undefined);
    create.mutate(
      { idempotencyKey: key.current, requestId: request.id, dueAt, note },
      {
        onSuccess: (call) => {
          key.current = newKey();
          setScheduled(call);
          setOpen(false);
          setNote('');
        },
      },
    );
  };

  const dateError = localError ?? serverErrors.dueAt?.join(' ');
  const otherError = isApiError(create.error) && !serverErrors.dueAt ? create.error.message : undefined;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={3} size="h5" id={headingId}>
        Callback
      </Title>
      {scheduled && (
        <Alert color="teal" title="Callback scheduled" role="status">
          Due {formatClinic(scheduled.dueAt, tz, dateTimeFormat)}, in the follow-up queue.{' '}
          <Anchor component={Link} to={paths.followUp(scheduled.id)}>
            Open the call
          </Anchor>
        </Alert>
      )}
      {!open && (
        <Button variant="default" w="fit-content" onClick={start}>
          Call back at…
        </Button>
      )}
      {open && (
        <form
          aria-label={`Call ${request.name} back`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="xs">
            <Text size="sm">When {request.name} asked to be called, in clinic time.</Text>
            <ClinicDateTimeFields
              {...moment}
              onChange={(next) => {
                setMoment(next);
                setLocalError(undefined);
              }}
              now={serverNow().getTime()}
              settings={settings}
              error={dateError}
            />
            <Textarea
              label="Note for the caller"
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              error={serverErrors.note?.join(' ')}
            />
            {otherError && (
              <Alert color="red" role="alert" title="The callback was not scheduled">
                {otherError} Nothing you typed is lost: try again.
              </Alert>
            )}
            <Group gap="xs">
              <Button type="submit" loading={create.isPending}>
                Schedule callback
              </Button>
              <Button variant="subtle" onClick={() => setOpen(false)} disabled={create.isPending}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
