import type { ScheduleEntry } from '@/features/treatment-series/schedule-schemas';
import type { Session } from '@/features/treatment-series/schemas';
import { db } from '../db';

/** A session as the calendar shows it, or null when its series is gone. */
export function toScheduleEntry(session: Session): ScheduleEntry | null {
  const series = db.series.get(session.seriesId);
  if (!series) return null;
  const patient = db.patients.get(series.patientId);
  const { treatedAreas: _areas, notes: _notes, version: _version, ...entry } = session;
  return {
    ...entry,
    patientId: series.patientId,
    patientName: patient?.name ?? 'Unknown patient',
    patientPhone: patient?.phone ?? '',
    screeningFlags: patient?.screeningFlags ?? [],
    plannedSessions: series.plannedSessions,
  };
}

/** Sessions overlapping [fromMs, toMs), optionally one clinician's, by start then clinician. */
export function scheduleEntriesIn(fromMs: number, toMs: number, clinicianId?: string | null): ScheduleEntry[] {
  const entries: ScheduleEntry[] = [];
  for (const session of db.sessions.values()) {
    if (clinicianId && session.clinicianId !== clinicianId) continue;
    const startMs = Date.parse(session.start);
    if (startMs >= toMs || startMs + session.durationMinutes * 60_000 <= fromMs) continue;
    const entry = toScheduleEntry(session);
    if (entry) entries.push(entry);
  }
  return entries.sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.clinicianId.localeCompare(b.clinicianId),
  );
}
