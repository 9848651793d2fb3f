import { reviewEndpoints } from '@/features/follow-up-calls/api/endpoints';
import type { ReviewItem } from '@/features/follow-up-calls/schemas';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { recordAudit } from '../model/audit';
import { forbidden, invalidTransition } from '../problem-error';
import { route } from '../route';
import { expectVersion, getOr404, paginate } from '../utils';

export const reviewHandlers = [
  route(reviewEndpoints.list, ({ query }) => {
    const rows = [...db.reviews.values()]
      .filter((review) => !query.clinicianId || review.clinicianId === query.clinicianId)
      .filter((review) => !query.status || review.status === query.status)
      .filter((review) => !query.sessionId || review.sessionId === query.sessionId)
      .filter((review) => !query.seriesId || review.seriesId === query.seriesId)
      .sort((a, b) => Date.parse(b.raisedAt) - Date.parse(a.raisedAt) || b.id.localeCompare(a.id));
    return paginate(rows, query.page, query.pageSize);
  }),

  route(reviewEndpoints.resolve, ({ body, params, actor }) => {
    const review = getOr404(db.reviews, params.id, 'Review item');
    if (actor.role !== 'admin' && actor.id !== review.clinicianId) {
      throw forbidden('Only the treating clinician or an admin can resolve this review.');
    }
    expectVersion(review, body.version, 'review item', review);
    if (review.status === 'resolved') throw invalidTransition('This review is already resolved.');
    const resolved: ReviewItem = {
      ...review,
      status: 'resolved',
      resolvedAt: clock.nowIso(),
      resolvedById: actor.id,
      resolutionNote: body.note,
      version: review.version + 1,
    };
    db.reviews.set(resolved.id, resolved);
    const entity = review.sessionId ? 'session' : 'follow_up_call';
    const summary = `${review.patientName}: concern from the 72-hour call reviewed`;
    recordAudit(actor, entity, review.sessionId ?? review.followUpCallId, 'review_resolved', summary);
    return resolved;
  }),
];
