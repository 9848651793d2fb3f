import { Fieldset, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { serverNow } from '@/lib/server-clock';
import { useCurrentStaff } from '@/shared/auth/api/get-me';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import type { TreatmentSeries } from '../../schemas';
import { AftercareInstructions } from './aftercare-instructions';
import type { BookingProblem } from './booking-problem';
import { ConfirmBar } from './confirm-bar';
import { newPatientChoice } from './patient-choice';
import { PlanFields } from './plan-fields';
import type { PlannedRow } from './plan-sessions';
import { sessionIssues } from './session-issues';
import { SessionList } from './session-list';
import { SessionOneSection } from './session-one-section';
import { SubjectSummary } from './subject-summary';
import { useBookSubmit } from './use-book-submit';
import { useBookingPlan } from './use-booking-plan';
import type { BookingSlot, BookingSubject } from './use-booking-subject';

type Props = { subject: BookingSubject; slot: BookingSlot | null; onBooked: (series: TreatmentSeries) => void };

function chosenPatient(subject: BookingSubject, choice: string | null) {
  if (subject.kind === 'patient') return { id: subject.patient.id, name: subject.patient.name };
  const existing = subject.candidates.find((patient) => patient.id === choice);
  return existing ? { id: existing.id, name: existing.name } : { id: null, name: subject.request.name };
}

const takenMessage = 'This time was taken when you confirmed: choose another';

/** What the server said about this session on the last refusal (a time it refused stays marked until changed). */
function serverErrorsFor(row: PlannedRow, problem: BookingProblem | null): string[] | undefined {
  if (problem?.kind === 'invalid') return problem.bySession[row.number];
  if (problem?.kind !== 'conflict') return undefined;
  const taken = problem.taken.some((session) => session.number === row.number && session.start === row.start);
  return taken ? [takenMessage] : undefined;
}

/** Choose the clinician, the plan and visit 1; check every proposed session; confirm all at once. */
export function BookingForm({ subject, slot, onBooked }: Props) {
  const settings = useSettings();
  const me = useCurrentStaff();
  const clinicians = useStaff().filter((member) => member.role === 'clinician' && member.active);
  const defaultClinician =
    clinicians.find((member) => member.id === (slot?.clinicianId ?? me.id)) ?? clinicians[0] ?? null;
  const needsChoice = subject.kind === 'request' && subject.candidates.length > 0;
  const [patientChoice, setPatientChoice] = useState<string | null>(needsChoice ? null : newPatientChoice);
  const patient = chosenPatient(subject, patientChoice);
  const submit = useBookSubmit(onBooked);
  const booking = useBookingPlan({
    settings,
    clinicians,
    defaultClinicianId: defaultClinician?.id ?? null,
    patientName: patient.name,
    initialStart: slot && slot.clinicianId === defaultClinician?.id ? slot.start : null,
    onEdit: submit.reset,
  });
  const { plan, clinician, diary, ctx, rows } = booking;
  const { timeZone } = settings;
  const problem = submit.problem;
  const nowMs = serverNow().getTime();
  const checked = rows.map((row) => ({
    row,
    issues: sessionIssues(row, {
      nowMs,
      timeZone,
      clinicianName: clinician?.name ?? 'The clinician',
      spacingDays: typeof plan.spacingDays === 'number' ? plan.spacingDays : 0,
      serverErrors: serverErrorsFor(row, problem),
    }),
  }));

  const blockers = [
    ...(patientChoice ? [] : ['Choose which patient record the series is for']),
    ...(clinician ? [] : ['Choose a clinician']),
    ...(plan.plannedSessions === '' || plan.spacingDays === '' ? ['Enter the number of visits and the spacing'] : []),
    ...(clinician && diary.loading ? ["Wait for the clinician's schedule"] : []),
    ...(ctx && !booking.sessionOne ? ['Choose a start time for visit 1'] : []),
    ...checked
      .filter(({ issues }) => issues.errors.length > 0)
      .map(({ row }) => `Visit ${row.number} cannot be booked at that time`),
  ];

  const confirm = () => {
    if (!clinician || typeof plan.plannedSessions !== 'number' || typeof plan.spacingDays !== 'number') return;
    submit.submit({
      clinicianId: clinician.id,
      patientId: patient.id,
      requestId: subject.kind === 'request' ? subject.request.id : null,
      plannedSessions: plan.plannedSessions,
      spacingDays: plan.spacingDays,
      sessions: rows.map((row) => ({ start: row.start, durationMinutes: plan.durationMinutes })),
    });
  };

  return (
    <Fieldset variant="unstyled" disabled={submit.pending} aria-label="Booking">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <SubjectSummary subject={subject} patientChoice={patientChoice} onChoosePatient={setPatientChoice} />
            <Stack component="section" aria-labelledby="booking-plan-title" gap="sm">
              <Title order={3} size="h5" id="booking-plan-title">
                Plan
              </Title>
              <PlanFields plan={plan} clinicians={clinicians} onChange={booking.setPlan} />
            </Stack>
            <SessionOneSection booking={booking} timeZone={timeZone} />
            {ctx && checked.length > 0 && (
              <SessionList
                checked={checked}
                ctx={ctx}
                durationMinutes={plan.durationMinutes}
                today={booking.today}
                problem={problem}
                onChoose={(number, start) => booking.chooseStart({ number, start })}
              />
            )}
            <ConfirmBar
              blockers={blockers}
              problem={problem}
              pending={submit.pending}
              plannedSessions={rows.length || null}
              onConfirm={confirm}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder p="md">
            <AftercareInstructions />
            <Text size="xs" c="dimmed" mt="sm">
              Tell the patient at booking; the instructions can be printed after confirming.
            </Text>
          </Paper>
        </Grid.Col>
      </Grid>
    </Fieldset>
  );
}
