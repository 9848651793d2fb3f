import { scheduleEndpoints } from '@/features/treatment-series/api/schedule-endpoints';
import { db } from '../db';
import { patientNameOf } from '../model/series';
import { route } from '../route';

export const scheduleHandlers = [
  route(scheduleEndpoints.range, ({ query }) => {
    const fromMs = Date.parse(query.from);
    const toMs = Date.parse(query.to);
    const entries = [];
    for (const session of db.sessions.values()) {
      if (query.clinicianId && session.clinicianId !== query.clinicianId) continue;
      const startMs = Date.parse(session.start);
      if (startMs >= toMs || startMs + session.durationMinutes * 60_000 <= fromMs) continue;
      const series = db.series.get(session.seriesId);
      if (!series) continue;
      const { treatedAreas: _areas, notes: _notes, version: _version, ...entry } = session;
      entries.push({
        ...entry,
        patientId: series.patientId,
        patientName: patientNameOf(series),
        plannedSessions: series.plannedSessions,
      });
    }
    return entries.sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.clinicianId.localeCompare(b.clinicianId),
    );
  }),
];
