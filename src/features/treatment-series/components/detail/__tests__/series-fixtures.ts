import { buildPatient, buildSeries, buildSession } from '@mocks/data/factories';
import { db } from '@mocks/server/db';
import { screen } from '@tests/test-utils';

/** The first render loads the lazy route modules, slow on a busy machine: allow for it. */
export const slow = { timeout: 30_000 };

/** A seeded series of the typical clinic, by its patient's name. */
export function seriesOf(patientName: string) {
  const series = [...db.series.values()].find(
    (candidate) => db.patients.get(candidate.patientId)?.name === patientName,
  );
  if (!series) throw new Error(`No series for ${patientName}`);
  return series;
}

export function sessionsOf(seriesId: string) {
  return [...db.sessions.values()]
    .filter((session) => session.seriesId === seriesId)
    .sort((a, b) => a.number - b.number);
}

export function sessionOf(seriesId: string, number: number) {
  const session = sessionsOf(seriesId).find((candidate) => candidate.number === number);
  if (!session) throw new Error(`Series ${seriesId} has no visit ${number}`);
  return session;
}

/** Another patient's visit in the clinician's diary. */
export function bookOther(clinicianId: string, start: string): void {
  const patient = buildPatient({ name: 'Olive Other' });
  db.patients.set(patient.id, patient);
  const series = buildSeries({ patientId: patient.id, clinicianId });
  db.series.set(series.id, series);
  const session = buildSession({ seriesId: series.id, number: 1, clinicianId, start, durationMinutes: 45 });
  db.sessions.set(session.id, session);
}

export const visitItem = (number: number) => screen.getByRole('listitem', { name: `Visit ${number}` });
