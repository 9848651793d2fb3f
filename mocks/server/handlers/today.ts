import { todayEndpoints } from '@/features/today/api/endpoints';
import { median, startOfClinicWeek } from '@/features/today/domain/week-figures';
import type { TodayVisit } from '@/features/today/schemas';
import type { Session } from '@/features/treatment-series/schemas';
import { MINUTE_MS } from '@/lib/clinic-time';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { requestDueMs } from '../model/request-lateness';
import { patientNameOf, sessionsOf } from '../model/series';
import { route } from '../route';

function previousVisitStart(session: Session): string | null {
  const earlier = sessionsOf(session.seriesId).filter(
    (other) => other.status === 'completed' && Date.parse(other.start) < Date.parse(session.start),
  );
  return earlier.at(-1)?.start ?? null;
}

const within = (iso: string | null, fromMs: number, toMs: number) =>
  iso !== null && Date.parse(iso) >= fromMs && Date.parse(iso) < toMs;

/** Series completed or discontinued in the range, as the audit trail recorded it. */
function seriesEnded(action: 'complete' | 'discontinue', fromMs: number, toMs: number): number {
  const ids = new Set<string>();
  for (const entry of db.audit) {
    if (entry.entity === 'treatment_series' && entry.action === action && within(entry.at, fromMs, toMs)) {
      ids.add(entry.entityId);
    }
  }
  return ids.size;
}

export const todayHandlers = [
  route(todayEndpoints.visits, ({ query }) => {
    const fromMs = Date.parse(query.from);
    const toMs = Date.parse(query.to);
    const visits: TodayVisit[] = [];
    for (const session of db.sessions.values()) {
      if (session.status === 'cancelled') continue;
      if (query.clinicianId && session.clinicianId !== query.clinicianId) continue;
      const startMs = Date.parse(session.start);
      if (startMs >= toMs || startMs + session.durationMinutes * MINUTE_MS <= fromMs) continue;
      const series = db.series.get(session.seriesId);
      if (!series) continue;
      const { treatedAreas: _areas, notes: _notes, version: _version, ...entry } = session;
      visits.push({
        ...entry,
        patientId: series.patientId,
        patientName: patientNameOf(series),
        plannedSessions: series.plannedSessions,
        previousVisitStart: previousVisitStart(session),
        patientPhone: db.patients.get(series.patientId)?.phone ?? '',
        screeningFlags: db.patients.get(series.patientId)?.screeningFlags ?? [],
      });
    }
    return visits.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
  }),

  route(todayEndpoints.weekFigures, () => {
    const toMs = clock.nowMs();
    const from = startOfClinicWeek(toMs, db.settings.timeZone);
    const fromMs = Date.parse(from);
    const received = [...db.contactRequests.values()].filter((request) => within(request.receivedAt, fromMs, toMs));
    const late = received.filter(
      (request) => (request.firstContactAt ? Date.parse(request.firstContactAt) : toMs) > requestDueMs(request),
    );
    const waits = received.flatMap((request) =>
      request.firstContactAt ? [(Date.parse(request.firstContactAt) - Date.parse(request.receivedAt)) / MINUTE_MS] : [],
    );
    const recorded = [...db.sessions.values()].filter(
      (session) =>
        (session.status === 'completed' || session.status === 'no_show') && within(session.start, fromMs, toMs),
    );
    return {
      from,
      to: new Date(toMs).toISOString(),
      responseTargetBusinessDays: db.settings.responseTargetBusinessDays,
      requestsReceived: received.length,
      lateRequests: late.length,
      medianFirstContactMinutes: median(waits),
      visitsRecorded: recorded.length,
      noShows: recorded.filter((session) => session.status === 'no_show').length,
      seriesCompleted: seriesEnded('complete', fromMs, toMs),
      seriesDiscontinued: seriesEnded('discontinue', fromMs, toMs),
    };
  }),
];
