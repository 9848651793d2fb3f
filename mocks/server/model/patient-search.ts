import type { z } from 'zod';
import { isOpenRequest } from '@/features/contact-requests/domain/request-status';
import type { Patient } from '@/features/patients/schemas';
import type { PatientRow, patientSearchInputSchema, SeriesState } from '@/features/patients/search-schemas';
import { phoneMatcher } from '@/lib/phone';
import type { Paged } from '@/lib/schema-fields';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { compareText, paginate } from '../utils';
import { sessionsBySeries, toSeriesResponse } from './series';

type SearchInput = z.output<typeof patientSearchInputSchema>;

const latest = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);
const earliest = (a: string | null, b: string | null) => (a === null ? b : b === null || a < b ? a : b);

/** Name, email, phone digits (3 or more), or a whole number in any format (read in the clinic's country). */
function textMatcher(text: string): (patient: Pick<Patient, 'name' | 'phone' | 'email'>) => boolean {
  const needle = text.toLowerCase();
  const matchesPhone = phoneMatcher(text, db.settings.country);
  return (patient) =>
    patient.name.toLowerCase().includes(needle) || patient.email.includes(needle) || matchesPhone(patient.phone);
}

/** Every patient's row, joined in one pass over each collection (fine for the 10,000-request scenario). */
function buildRows(): Map<string, PatientRow> {
  const rows = new Map<string, PatientRow>();
  for (const patient of db.patients.values()) {
    const { id, name, phone, screeningFlags } = patient;
    rows.set(id, {
      id,
      name,
      phone,
      screeningFlags,
      currentSeries: null,
      nextVisitAt: null,
      lastContactAt: null,
      possibleDuplicates: 0,
    });
  }
  const nowIso = clock.nowIso();
  const sessions = sessionsBySeries();
  const newestSeries = new Map<string, { createdAt: string; active: boolean }>();
  for (const stored of db.series.values()) {
    const row = rows.get(stored.patientId);
    if (!row) continue;
    const series = toSeriesResponse(stored, sessions.get(stored.id) ?? []);
    const upcoming = series.sessions.filter((session) => session.status === 'scheduled' && session.start >= nowIso);
    for (const session of upcoming) row.nextVisitAt = earliest(row.nextVisitAt, session.start);
    const active = series.status === 'active';
    const current = newestSeries.get(row.id);
    // The active series wins; between equals, the newest.
    if (current && (current.active > active || (current.active === active && current.createdAt > series.createdAt))) {
      continue;
    }
    newestSeries.set(row.id, { createdAt: series.createdAt, active });
    row.currentSeries = {
      id: series.id,
      state: series.progress,
      completedVisits: series.sessions.filter((session) => session.status === 'completed').length,
      plannedVisits: series.plannedSessions,
    };
  }
  for (const request of db.contactRequests.values()) {
    const linked = request.patientId ? rows.get(request.patientId) : undefined;
    if (linked) linked.lastContactAt = latest(linked.lastContactAt, request.attempts.at(-1)?.at ?? null);
    const flagged = request.duplicateOf?.kind === 'patient' ? rows.get(request.duplicateOf.id) : undefined;
    if (flagged && isOpenRequest(request.status)) flagged.possibleDuplicates += 1;
  }
  for (const call of db.followUps.values()) {
    const row = call.patientId ? rows.get(call.patientId) : undefined;
    if (row && call.doneAt) row.lastContactAt = latest(row.lastContactAt, call.doneAt);
  }
  return rows;
}

/** Rows without a value sort last in either direction. */
function compareNullable(a: string | null, b: string | null, direction: number): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return direction * (a < b ? -1 : 1);
}

export function searchPatients(input: SearchInput): Paged<PatientRow> {
  const direction = input.order === 'asc' ? 1 : -1;
  const matchesText = input.text ? textMatcher(input.text) : () => true;
  const rows = [...buildRows().values()].filter((row) => {
    const patient = db.patients.get(row.id);
    if (!patient || !matchesText(patient)) return false;
    if (input.activeSeries && !isUnderway(row)) return false;
    if (input.needsBooking && !isUnbooked(row)) return false;
    return !input.needsReview || row.screeningFlags.length > 0;
  });
  rows.sort((a, b) => {
    const byName = direction * compareText(a.name, b.name) || a.id.localeCompare(b.id);
    if (input.sort === 'nextVisit') return compareNullable(a.nextVisitAt, b.nextVisitAt, direction) || byName;
    if (input.sort === 'lastContact') return compareNullable(a.lastContactAt, b.lastContactAt, direction) || byName;
    return byName;
  });
  return paginate(rows, input.page, input.pageSize);
}

const unbookedStates: readonly SeriesState[] = ['needs_booking', 'overdue'];
/** Progress other than completed or discontinued: the series is active with visits to go. */
const underwayStates: readonly SeriesState[] = ['on_track', ...unbookedStates];

const isUnbooked = (row: PatientRow) => row.currentSeries !== null && unbookedStates.includes(row.currentSeries.state);
const isUnderway = (row: PatientRow) => row.currentSeries !== null && underwayStates.includes(row.currentSeries.state);
