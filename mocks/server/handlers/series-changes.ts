import { seriesEndpoints } from '@/features/treatment-series/api/endpoints';
import { formatClinic, toIso } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import { buildSession } from '../../data/factories';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { recordAudit } from '../model/audit';
import { assertPlanBookable } from '../model/booking';
import { syncSeriesCalls } from '../model/follow-ups';
import {
  patientNameOf,
  saveSession,
  seriesResponseById,
  sessionsOf,
  toSeriesResponse,
  touchSeries,
} from '../model/series';
import { invalidTransition, validationProblem } from '../problem-error';
import { route } from '../route';
import { expectVersion, getOr404, requireRole } from '../utils';

const maxSessions = 12;

export const seriesChangeHandlers = [
  route(seriesEndpoints.addSession, ({ body, params, actor }) => {
    requireRole(actor, ['clinician', 'admin'], 'add visits to a series');
    const series = getOr404(db.series, params.id, 'Treatment series');
    expectVersion(series, body.version, 'treatment series', toSeriesResponse(series));
    if (series.status !== 'active')
      throw invalidTransition(`This series is ${series.status}: it cannot get more sessions.`);
    const sessions = sessionsOf(series.id);
    const kept = sessions.filter((session) => session.status !== 'cancelled');
    if (kept.length >= maxSessions)
      throw validationProblem({ start: [`A series has at most ${maxSessions} sessions`] });
    const last = kept.reduce<(typeof kept)[number] | undefined>(
      (latest, session) => (!latest || session.start > latest.start ? session : latest),
      undefined,
    );
    const number = Math.max(0, ...sessions.map((session) => session.number)) + 1;
    assertPlanBookable([body], {
      clinician: getOr404(db.staff, series.clinicianId, 'Clinician'),
      spacingDays: series.spacingDays,
      patientName: patientNameOf(series),
      after: last,
      fieldOf: () => 'start',
      numberOf: () => number,
    });
    const session = buildSession({
      start: toIso(body.start),
      durationMinutes: body.durationMinutes,
      seriesId: series.id,
      number,
      clinicianId: series.clinicianId,
    });
    db.sessions.set(session.id, session);
    const touched = touchSeries(series, { plannedSessions: Math.max(series.plannedSessions, kept.length + 1) });
    syncSeriesCalls(actor, touched);
    const when = formatClinic(session.start, db.settings.timeZone, shortDateTimeFormat);
    recordAudit(
      actor,
      'treatment_series',
      series.id,
      'add_session',
      `${patientNameOf(series)}: added visit ${number} on ${when}`,
    );
    return seriesResponseById(series.id);
  }),

  route(seriesEndpoints.discontinue, ({ body, params, actor }) => {
    requireRole(actor, ['clinician', 'admin'], 'discontinue a series');
    const series = getOr404(db.series, params.id, 'Treatment series');
    expectVersion(series, body.version, 'treatment series', toSeriesResponse(series));
    if (series.status !== 'active') throw invalidTransition(`This series is already ${series.status}.`);
    for (const session of sessionsOf(series.id)) {
      if (session.status !== 'scheduled' || Date.parse(session.start) <= clock.nowMs()) continue;
      saveSession(
        actor,
        session,
        { status: 'cancelled' },
        'cancel',
        `Visit ${session.number} cancelled: series discontinued`,
      );
    }
    const updated = touchSeries(series, { status: 'discontinued', discontinuedReason: body.reason });
    syncSeriesCalls(actor, updated);
    recordAudit(
      actor,
      'treatment_series',
      series.id,
      'discontinue',
      `${patientNameOf(series)}: discontinued (${body.reason})`,
    );
    return toSeriesResponse(updated);
  }),
];
