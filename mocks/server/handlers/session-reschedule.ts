import { seriesEndpoints } from '@/features/treatment-series/api/endpoints';
import { shiftLaterSessions } from '@/features/treatment-series/domain/proposals';
import type { Session } from '@/features/treatment-series/schemas';
import { formatClinic, toIso, toMillis } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import { db } from '../db';
import { assertPlanBookable } from '../model/booking';
import { moveSessionCalls } from '../model/follow-ups';
import { patientNameOf, saveSession, sessionsOf, toSeriesResponse, touchSeries } from '../model/series';
import { expectStatus, loadSession } from '../model/session-guards';
import { invalidTransition, validationProblem } from '../problem-error';
import { route } from '../route';
import { getOr404 } from '../utils';

const when = (start: string) => formatClinic(start, db.settings.timeZone, shortDateTimeFormat);

/** The sessions around the moved one that still count (not cancelled). */
function neighbours(sessions: readonly Session[], moved: Session) {
  const kept = sessions.filter((session) => session.status !== 'cancelled' && session.id !== moved.id);
  return {
    previous: kept.filter((session) => session.number < moved.number).at(-1),
    next: kept.find((session) => session.number > moved.number),
  };
}

/**
 * Moves one session; with `shiftLater` every later scheduled session moves by the same
 * number of days at its own local time (domain `shiftLaterSessions`). Everything is checked
 * before anything changes.
 */
export const rescheduleHandler = route(seriesEndpoints.reschedule, ({ body, params, actor }) => {
  const { session, series } = loadSession(params.id, body.version);
  expectStatus(session, 'scheduled', 'reschedule it');
  if (series.status !== 'active') throw invalidTransition(`This series is ${series.status}: its sessions cannot move.`);
  const start = toIso(body.start);
  const sessions = sessionsOf(series.id);
  const shifted = body.shiftLater ? shiftLaterSessions(sessions, session.number, start, db.settings.timeZone) : [];
  const { previous, next } = neighbours(sessions, session);
  if (!body.shiftLater && next && toMillis(start) >= toMillis(next.start)) {
    throw validationProblem({
      start: [
        `Visit ${session.number} would be after visit ${next.number}: move the later visits too, or choose an earlier time`,
      ],
    });
  }
  const plan = [
    { id: session.id, start, durationMinutes: body.durationMinutes, number: session.number },
    ...shifted.map((moved) => ({
      ...moved,
      durationMinutes: getOr404(db.sessions, moved.id, 'Session').durationMinutes,
    })),
  ];
  assertPlanBookable(plan, {
    clinician: getOr404(db.staff, session.clinicianId, 'Clinician'),
    spacingDays: series.spacingDays,
    patientName: patientNameOf(series),
    ignoreSessionIds: plan.map((planned) => planned.id),
    after: previous,
    fieldOf: (index) => (index === 0 ? 'start' : 'shiftLater'),
    numberOf: (index) => plan[index]?.number ?? session.number,
  });

  for (const planned of plan) {
    const current = getOr404(db.sessions, planned.id, 'Session');
    const changes = { start: planned.start, durationMinutes: planned.durationMinutes };
    const summary = `${patientNameOf(series)}: visit ${planned.number} moved from ${when(current.start)} to ${when(planned.start)}`;
    const moved = saveSession(actor, current, changes, 'reschedule', summary);
    moveSessionCalls(actor, series, moved, current.start);
  }
  return toSeriesResponse(touchSeries(series));
});
