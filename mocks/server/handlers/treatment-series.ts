import { seriesEndpoints } from '@/features/treatment-series/api/endpoints';
import type { TreatmentSeries } from '@/features/treatment-series/schemas';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { seriesResponseById, sessionsBySeries, toSeriesResponse } from '../model/series';
import { bookSeries } from '../model/series-booking';
import { Reply, route } from '../route';
import { compareText, paginate } from '../utils';

/** Start of the next session that has not ended, or null. */
function nextSessionMs(series: TreatmentSeries, nowMs: number): number | null {
  const upcoming = series.sessions
    .filter((session) => session.status === 'scheduled')
    .map((session) => Date.parse(session.start))
    .filter((startMs) => startMs >= nowMs);
  return upcoming.length > 0 ? Math.min(...upcoming) : null;
}

export const seriesHandlers = [
  route(seriesEndpoints.list, ({ query }) => {
    const nowMs = clock.nowMs();
    const progress = query.progress?.length ? new Set<string>(query.progress) : null;
    const grouped = sessionsBySeries();
    const rows = [...db.series.values()]
      .filter((series) => !query.clinicianId || series.clinicianId === query.clinicianId)
      .filter((series) => !query.patientId || series.patientId === query.patientId)
      .map((series) => toSeriesResponse(series, grouped.get(series.id) ?? []))
      .filter((series) => !progress || progress.has(series.progress));
    const created = (a: TreatmentSeries, b: TreatmentSeries) => b.createdAt.localeCompare(a.createdAt);
    if (query.sort === 'patient') rows.sort((a, b) => compareText(a.patientName, b.patientName) || created(a, b));
    else if (query.sort === 'created') rows.sort(created);
    else {
      const next = new Map(rows.map((series) => [series.id, nextSessionMs(series, nowMs) ?? Number.POSITIVE_INFINITY]));
      const byNext = (a: TreatmentSeries, b: TreatmentSeries) =>
        Math.sign((next.get(a.id) ?? 0) - (next.get(b.id) ?? 0));
      // Series with no upcoming session (Infinity) go last; Infinity - Infinity is NaN, hence the `|| created`.
      rows.sort((a, b) => byNext(a, b) || created(a, b));
    }
    return paginate(rows, query.page, query.pageSize);
  }),

  route(seriesEndpoints.detail, ({ params }) => seriesResponseById(params.id)),

  route(seriesEndpoints.book, ({ body, actor }) => {
    const idempotencyKey = `${actor.id}:${body.idempotencyKey}`;
    const bookedBefore = db.idempotencyKeys.get(idempotencyKey);
    if (bookedBefore) return new Reply(seriesResponseById(bookedBefore), 200);
    const series = bookSeries(actor, body);
    db.idempotencyKeys.set(idempotencyKey, series.id);
    return new Reply(series, 201);
  }),
];
