import type { TreatmentSeries } from '@/features/treatment-series/schemas';
import { type ApiAnswer, api, emails, type OrProblem, staffIdOf } from '../../__tests__/helpers';
import { db } from '../../db';

export type SeriesAnswer = ApiAnswer<OrProblem<TreatmentSeries>>;

/** Elena Park (clinician@veindesk.test) works Monday, Wednesday and Friday, 10:00–18:00. */
export const elenaId = () => staffIdOf(emails.clinician);

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
  if (!session) throw new Error(`Series ${series.id} has no session ${number}`);
  return session;
}
