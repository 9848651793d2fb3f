import { accounts } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import { buildPatient, buildSeries, buildSession } from '../../../data/factories';
import { setUpMockApi } from '../../__tests__/helpers';
import { db } from '../../db';
import { ProblemError } from '../../problem-error';
import { assertPlanBookable, type PlanOptions } from '../booking';

setUpMockApi('empty');

/** Elena Park works Monday, Wednesday and Friday, 10:00–18:00; the clinic opens 08:00–18:00 on weekdays. */
function elena() {
  const member = [...db.staff.values()].find((candidate) => candidate.email === accounts.clinician);
  if (!member) throw new Error('No seeded clinician');
  return member;
}

function options(overrides: Partial<PlanOptions> = {}): PlanOptions {
  return {
    clinician: elena(),
    spacingDays: 14,
    patientName: 'Tess Booking',
    fieldOf: (index) => `sessions.${index}.start`,
    numberOf: (index) => index + 1,
    ...overrides,
  };
}

const at = (start: string, durationMinutes = 45) => ({ start, durationMinutes });

function problemOf(run: () => void) {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('Expected a problem');
}

function bookOther(start: string, durationMinutes = 45): void {
  const patient = buildPatient({ name: 'Olive Other' });
  db.patients.set(patient.id, patient);
  const series = buildSeries({ patientId: patient.id, clinicianId: elena().id });
  db.series.set(series.id, series);
  const session = buildSession({ seriesId: series.id, number: 1, clinicianId: elena().id, start, durationMinutes });
  db.sessions.set(session.id, session);
}

// Monday 30 November and 14 December 2026, 10:00 EST.
const monday = '2026-11-30T15:00:00.000Z';
const twoWeeksLater = '2026-12-14T15:00:00.000Z';

describe('assertPlanBookable', () => {
  it('accepts a plan inside her hours with nothing in the way', () => {
    expect(() => assertPlanBookable([at(monday), at(twoWeeksLater)], options())).not.toThrow();
  });

  it('answers 422 with every problem on the field of the session it is about', () => {
    const problem = problemOf(() =>
      assertPlanBookable(
        // Tuesday (she does not work), then a past Monday before session 1.
        [at('2026-12-01T15:00:00.000Z'), at('2026-11-23T15:00:00.000Z')],
        options(),
      ),
    );
    expect(problem).toMatchObject({ status: 422, detail: 'Some sessions cannot be booked at those times.' });
    expect(problem.errors).toEqual({
      'sessions.0.start': ['Session 1: The clinician does not work on Tuesdays'],
      'sessions.1.start': ['Session 2: choose a time in the future', 'Session 2 must start after session 1 ends'],
    });
  });

  it('allows past times when asked, and a session that starts as the previous one ends', () => {
    const pastMonday = '2026-11-23T15:00:00.000Z';
    expect(() => assertPlanBookable([at(pastMonday)], options({ allowPast: true }))).not.toThrow();
    expect(() =>
      assertPlanBookable([at(monday), at('2026-11-30T15:45:00.000Z')], options({ spacingDays: 0 })),
    ).not.toThrow();
  });

  it('answers 409 naming the clash and offering the next free times after it', () => {
    bookOther(twoWeeksLater);
    const problem = problemOf(() => assertPlanBookable([at(monday), at(twoWeeksLater)], options()));
    expect(problem).toMatchObject({
      status: 409,
      title: 'That time is already booked',
      detail: 'Session 2: Elena Park already sees Olive Other on Mon 14 Dec, 10:00–10:45.',
      sessionIndex: 1,
      nextFreeSlots: ['2026-12-14T15:45:00.000Z', '2026-12-14T16:00:00.000Z', '2026-12-14T16:15:00.000Z'],
    });
    expect(problem.clashes).toEqual([expect.objectContaining({ patientName: 'Olive Other', start: twoWeeksLater })]);
  });

  it('refuses a session that starts before the existing session it follows has ended', () => {
    const afterAnchor = problemOf(() =>
      assertPlanBookable([at('2026-11-30T15:30:00.000Z')], {
        ...options({ spacingDays: 0 }),
        after: { id: 'ses-anchor', number: 3, ...at(monday, 90) },
        fieldOf: () => 'start',
        numberOf: () => 4,
      }),
    );
    expect(afterAnchor.errors).toEqual({ start: ['Session 4 must start after session 3 ends'] });
  });

  it('counts a session after an existing one from that session, and names it by its own number', () => {
    bookOther('2026-12-14T15:00:00.000Z');
    const problem = problemOf(() =>
      assertPlanBookable([at(twoWeeksLater)], {
        ...options(),
        after: { id: 'ses-anchor', number: 1, ...at(monday) },
        fieldOf: () => 'start',
        numberOf: () => 2,
      }),
    );
    expect(problem).toMatchObject({ status: 409, sessionIndex: 0 });
    expect(problem.detail).toBe('Session 2: Elena Park already sees Olive Other on Mon 14 Dec, 10:00–10:45.');
  });
});
