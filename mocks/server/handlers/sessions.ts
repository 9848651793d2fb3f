import { seriesEndpoints } from '@/features/treatment-series/api/endpoints';
import { followUpsForCompletedSession, followUpsForNoShow } from '@/features/treatment-series/domain/session-outcome';
import type { Session, SessionStatus } from '@/features/treatment-series/schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db, type StoredSeries } from '../db';
import { recordAudit } from '../model/audit';
import { assertPlanBookable } from '../model/booking';
import { createOutcomeCalls, outcomeInputFor, syncSeriesCalls } from '../model/follow-ups';
import { patientNameOf, saveSession, toSeriesResponse, touchSeries } from '../model/series';
import { expectStatus, loadSession, sessionLabel, statusWords } from '../model/session-guards';
import { invalidTransition } from '../problem-error';
import { route } from '../route';
import { getOr404, requireRole } from '../utils';

function expectStarted(session: Session, doing: string): void {
  if (Date.parse(session.start) > clock.nowMs()) {
    throw invalidTransition(`Visit ${session.number} has not started yet: cannot ${doing} before it begins.`);
  }
}

function changeStatus(
  actor: StaffMember,
  series: StoredSeries,
  session: Session,
  status: SessionStatus,
  action: string,
) {
  const done = action === 'restore' ? 'restored' : statusWords[status];
  const updated = saveSession(actor, session, { status }, action, `${sessionLabel(series, session)} ${done}`);
  return { updated, series: touchSeries(series) };
}

export const sessionHandlers = [
  route(seriesEndpoints.complete, ({ body, params, actor }) => {
    requireRole(actor, ['clinician', 'admin'], 'complete sessions and record clinical notes');
    const { session, series } = loadSession(params.id, body.version);
    expectStatus(session, 'scheduled', 'complete it');
    expectStarted(session, 'complete it');
    const changes = { status: 'completed' as const, treatedAreas: body.treatedAreas, notes: body.notes };
    const completed = saveSession(actor, session, changes, 'complete', `${sessionLabel(series, session)} completed`);
    const outcome = followUpsForCompletedSession(outcomeInputFor(series, completed));
    const updated = touchSeries(series, outcome.seriesCompleted ? { status: 'completed' } : {});
    if (outcome.seriesCompleted) {
      recordAudit(actor, 'treatment_series', series.id, 'complete', `${patientNameOf(series)}: series completed`);
    }
    createOutcomeCalls(actor, outcome.calls, updated, completed);
    return toSeriesResponse(updated);
  }),

  route(seriesEndpoints.noShow, ({ body, params, actor }) => {
    const { session, series } = loadSession(params.id, body.version);
    expectStatus(session, 'scheduled', 'mark it as a no-show');
    expectStarted(session, 'mark it as a no-show');
    const { updated, series: touched } = changeStatus(actor, series, session, 'no_show', 'no_show');
    createOutcomeCalls(actor, followUpsForNoShow(outcomeInputFor(touched, updated)), touched, updated);
    return toSeriesResponse(touched);
  }),

  route(seriesEndpoints.cancel, ({ body, params, actor }) => {
    const { session, series } = loadSession(params.id, body.version);
    expectStatus(session, 'scheduled', 'cancel it');
    const { series: touched } = changeStatus(actor, series, session, 'cancelled', 'cancel');
    syncSeriesCalls(actor, touched);
    return toSeriesResponse(touched);
  }),

  route(seriesEndpoints.restore, ({ body, params, actor }) => {
    const { session, series } = loadSession(params.id, body.version);
    expectStatus(session, 'cancelled', 'restore it');
    if (series.status !== 'active')
      throw invalidTransition(`This series is ${series.status}: its sessions cannot be restored.`);
    assertPlanBookable([session], {
      clinician: getOr404(db.staff, session.clinicianId, 'Clinician'),
      spacingDays: series.spacingDays,
      patientName: patientNameOf(series),
      ignoreSessionIds: [session.id],
      fieldOf: () => 'start',
      numberOf: () => session.number,
      allowPast: true,
    });
    const { series: touched } = changeStatus(actor, series, session, 'scheduled', 'restore');
    syncSeriesCalls(actor, touched);
    return toSeriesResponse(touched);
  }),
];
