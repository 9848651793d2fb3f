import type { BusySession, ScheduleContext } from '@/features/treatment-series/domain/availability';
import { deriveSeriesProgress } from '@/features/treatment-series/domain/series-progress';
import type { Session, TreatmentSeries } from '@/features/treatment-series/schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db, type StoredSeries } from '../db';
import { getOr404 } from '../utils';
import { recordAudit } from './audit';
import { blocksOf } from './blocks';

export function patientNameOf(series: StoredSeries): string {
  return db.patients.get(series.patientId)?.name ?? 'Unknown patient';
}

export function sessionsOf(seriesId: string): Session[] {
  return [...db.sessions.values()]
    .filter((session) => session.seriesId === seriesId)
    .sort((a, b) => a.number - b.number);
}

/** Every session, grouped by series and in number order (one pass, for lists). */
export function sessionsBySeries(): Map<string, Session[]> {
  const grouped = new Map<string, Session[]>();
  for (const session of db.sessions.values()) {
    const group = grouped.get(session.seriesId);
    if (group) group.push(session);
    else grouped.set(session.seriesId, [session]);
  }
  for (const sessions of grouped.values()) sessions.sort((a, b) => a.number - b.number);
  return grouped;
}

/** The contract shape: sessions attached, patient name and progress derived from the mock clock. */
export function toSeriesResponse(series: StoredSeries, sessions = sessionsOf(series.id)): TreatmentSeries {
  return {
    ...series,
    patientName: patientNameOf(series),
    sessions,
    progress: deriveSeriesProgress({ ...series, sessions }, clock.nowMs(), db.settings.timeZone),
  };
}

export function seriesResponseById(seriesId: string | undefined): TreatmentSeries {
  return toSeriesResponse(getOr404(db.series, seriesId, 'Treatment series'));
}

/** Every session of the clinician, named by patient, as the availability rules need them. */
export function busySessionsOf(clinicianId: string): BusySession[] {
  const busy: BusySession[] = [];
  for (const session of db.sessions.values()) {
    if (session.clinicianId !== clinicianId || session.status === 'cancelled') continue;
    const series = db.series.get(session.seriesId);
    busy.push({ ...session, patientName: series ? patientNameOf(series) : 'Unknown patient' });
  }
  return busy;
}

export function scheduleContextFor(clinician: StaffMember): ScheduleContext {
  return {
    timeZone: db.settings.timeZone,
    openingHours: db.settings.openingHours,
    closedDates: db.settings.closedDates,
    workingHours: clinician.workingHours,
    busy: busySessionsOf(clinician.id),
    blocks: blocksOf(clinician.id),
  };
}

/** Stores the series with a new version (every change inside a series changes the series). */
export function touchSeries(series: StoredSeries, changes: Partial<StoredSeries> = {}): StoredSeries {
  const updated = { ...series, ...changes, version: series.version + 1 };
  db.series.set(updated.id, updated);
  return updated;
}

export function saveSession(
  actor: Pick<StaffMember, 'id' | 'name'>,
  session: Session,
  changes: Partial<Session>,
  action: string,
  summary: string,
): Session {
  const updated = { ...session, ...changes, version: session.version + 1 };
  db.sessions.set(updated.id, updated);
  recordAudit(actor, 'session', updated.id, action, summary);
  return updated;
}
