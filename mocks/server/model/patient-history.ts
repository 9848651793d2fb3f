import type { AuditEntity } from '@/features/audit/schemas';
import type { HistorySubject, PatientHistoryEntry } from '@/features/patients/history-schemas';
import { db } from '../db';

const subjectOf: Partial<Record<AuditEntity, HistorySubject>> = {
  patient: 'patient',
  contact_request: 'request',
  treatment_series: 'series',
  session: 'visit',
  follow_up_call: 'call',
};

/** The ids of everything that belongs to the patient's record, by audit entity. */
function recordIds(patientId: string): Map<AuditEntity, Set<string>> {
  const requests = new Set<string>();
  for (const request of db.contactRequests.values()) if (request.patientId === patientId) requests.add(request.id);
  const series = new Set<string>();
  for (const stored of db.series.values()) if (stored.patientId === patientId) series.add(stored.id);
  const sessions = new Set<string>();
  for (const session of db.sessions.values()) if (series.has(session.seriesId)) sessions.add(session.id);
  const calls = new Set<string>();
  for (const call of db.followUps.values()) if (call.patientId === patientId) calls.add(call.id);
  return new Map<AuditEntity, Set<string>>([
    ['patient', new Set([patientId])],
    ['contact_request', requests],
    ['treatment_series', series],
    ['session', sessions],
    ['follow_up_call', calls],
  ]);
}

/** The audit entries about a patient and their requests, series, visits and calls, newest first. */
export function patientHistory(patientId: string): PatientHistoryEntry[] {
  const ids = recordIds(patientId);
  const entries: PatientHistoryEntry[] = [];
  for (let index = db.audit.length - 1; index >= 0; index -= 1) {
    const entry = db.audit[index];
    const about = entry && subjectOf[entry.entity];
    if (!entry || !about || !ids.get(entry.entity)?.has(entry.entityId)) continue;
    entries.push({
      id: entry.id,
      at: entry.at,
      actorName: entry.actorName,
      about,
      action: entry.action,
      summary: entry.summary,
    });
  }
  return entries;
}
