import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import { clinicName, seriesCalendar } from '../../domain/ics';
import type { TreatmentSeries } from '../../schemas';
import { AftercareInstructions } from './aftercare-instructions';
import classes from './booking-print.module.css';

/** The series is booked: what was booked, the patient's handout to print and their calendar file. */
export function BookingConfirmation({ series }: { series: TreatmentSeries }) {
  const { timeZone } = useSettings();
  const clinician = useStaff().find((member) => member.id === series.clinicianId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const calendarHref = useMemo(
    () =>
      `data:text/calendar;charset=utf-8,${encodeURIComponent(seriesCalendar(series.sessions, series.plannedSessions))}`,
    [series],
  );

  return (
    <Stack maw={800} gap="lg">
      <Title order={2} ref={heading} tabIndex={-1}>
        Series booked
      </Title>
      <Alert color="green" title={`${series.plannedSessions} visits booked for ${series.patientName}`}>
        <Stack gap={4}>
          <Text size="sm">
            With {clinician?.name ?? 'the clinician'}.{' '}
            {series.requestId && 'The contact request is marked booked and linked to the patient record. '}
            <Anchor component={Link} to={paths.patient(series.patientId)}>
              Open the patient record of {series.patientName}
            </Anchor>
          </Text>
        </Stack>
      </Alert>
      <Paper withBorder p="md" className={classes.handout}>
        <Stack gap="md">
          <Title order={3} size="h4">
            Your sclerotherapy sessions at {clinicName}
          </Title>
          <List aria-label="Booked visits">
            {series.sessions.map((session) => (
              <List.Item key={session.id}>
                Visit {session.number} of {series.plannedSessions}:{' '}
                {formatClinic(session.start, timeZone, dateTimeFormat)} ({session.durationMinutes} min)
              </List.Item>
            ))}
          </List>
          <AftercareInstructions order={4} id="handout-aftercare-title" />
        </Stack>
      </Paper>
      <Group>
        <Button onClick={() => window.print()}>Print aftercare instructions</Button>
        <Button component="a" href={calendarHref} download="sclerotherapy-sessions.ics" variant="light">
          Download calendar file (.ics)
        </Button>
      </Group>
      <Group>
        <Button component={Link} to={paths.seriesDetail(series.id)} variant="default">
          Open series
        </Button>
        {series.requestId ? (
          <Button component={Link} to={paths.requests} variant="default">
            Back to requests
          </Button>
        ) : (
          <Button component={Link} to={paths.patient(series.patientId)} variant="default">
            Back to the patient
          </Button>
        )}
      </Group>
    </Stack>
  );
}
