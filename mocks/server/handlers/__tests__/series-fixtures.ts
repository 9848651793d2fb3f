import { accounts } from '@tests/fixtures';
import type { TreatmentSeries } from '@/features/treatment-series/schemas';
import { type ApiAnswer, api, type OrProblem, signIn, staffIdOf } from '../../__tests__/helpers';
import { db } from '../../db';

export type SeriesAnswer = ApiAnswer<OrProblem<TreatmentSeries>>;

/** Elena Park (clinician@veindesk.test) works Monday, Wednesday and Friday, 10:00–18:00. */
export const elenaId = () => staffIdOf(accounts.clinician);

/** A patient of the typical clinic with no series yet in early 2027. */
export function somePatient() {
  const patient = [...db.patients.values()].at(-1);
  if (!patient) throw new Error('The typical clinic has patients');
  return patient;
}

let keyCount = 0;

export function bookingBody(starts: readonly string[], overrides: Record<string, unknown> = {}) {
  keyCount += 1;
  return {
    idempotencyKey: `test-booking-${keyCount}`,
    clinicianId: elenaId(),
    patientId: somePatient().id,
    requestId: null,
    plannedSessions: starts.length,
    spacingDays: 14,
    sessions: starts.map((start) => ({ start, durationMinutes: 45 })),
    ...overrides,
  };
}

export function book(token: string, body: Record<string, unknown>): Promise<SeriesAnswer> {
  return api<OrProblem<TreatmentSeries>>('/series', { token, body });
}

export function sessionAction(token: string, sessionId: string, action: string, body: Record<string, unknown>) {
  return api<OrProblem<TreatmentSeries>>(`/sessions/${sessionId}/${action}`, { token, body });
}

export function sessionOf(series: TreatmentSeries, number: number) {
  const session = series.sessions.find((candidate) => candidate.number === number);
  if (!session) throw new Error(`Series ${series.id} has no visit ${number}`);
  return session;
}

export const feb1At10 = '2027-02-01T15:00:00.000Z';
export const feb15At10 = '2027-02-15T15:00:00.000Z';
export const mar1At10 = '2027-03-01T15:00:00.000Z';

/** Books a three-visit series as the front desk (Mondays 10:00 New York, two weeks apart). */
export async function bookThree(starts = [feb1At10, feb15At10, mar1At10]): Promise<TreatmentSeries> {
  const answer = await book(await signIn(accounts.front_desk), bookingBody(starts));
  if (answer.status !== 201) throw new Error(`Booking failed: ${JSON.stringify(answer.body)}`);
  return answer.body;
}
