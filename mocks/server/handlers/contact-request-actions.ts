import { contactRequestEndpoints } from '@/features/contact-requests/api/endpoints';
import { isOpenRequest } from '@/features/contact-requests/domain/request-status';
import { outcomeLabels, statusLabels } from '@/features/contact-requests/schemas';
import { clock } from '../../runtime/clock';
import { db, nextId } from '../db';
import { saveRequest } from '../model/contact-requests';
import { applyRequestAction, transitionProblem } from '../model/request-transitions';
import { invalidTransition } from '../problem-error';
import { route } from '../route';
import { expectVersion, getOr404 } from '../utils';

export const contactRequestActionHandlers = [
  route(contactRequestEndpoints.logAttempt, ({ body, params, actor }) => {
    const request = getOr404(db.contactRequests, params.id, 'Contact request');
    expectVersion(request, body.version, 'request', request);
    if (!isOpenRequest(request.status)) {
      throw invalidTransition(
        `This request is ${statusLabels[request.status].toLowerCase()}: reopen it before logging contact attempts.`,
      );
    }
    const { version: _version, ...details } = body;
    const at = clock.nowIso();
    const attempt = { id: nextId('att'), at, staffId: actor.id, staffName: actor.name, ...details };
    const attempts = [...request.attempts, attempt];
    return saveRequest(
      actor,
      request,
      {
        attempts,
        attemptCount: attempts.length,
        lastAttemptAt: at,
        firstContactAt: request.firstContactAt ?? at,
        status: 'contacting',
      },
      'log_attempt',
      `${body.channel} attempt, ${outcomeLabels[body.outcome].toLowerCase()}`,
    );
  }),

  route(contactRequestEndpoints.act, ({ body, params, actor }) => {
    const request = getOr404(db.contactRequests, params.id, 'Contact request');
    expectVersion(request, body.version, 'request', request);
    const { version: _version, ...action } = body;
    return applyRequestAction(actor, request, action);
  }),

  route(contactRequestEndpoints.bulk, ({ body, actor }) => {
    let updated = 0;
    const skipped: string[] = [];
    for (const id of body.ids) {
      const request = db.contactRequests.get(id);
      if (!request || transitionProblem(request, body.action.action) !== null) {
        skipped.push(id);
        continue;
      }
      applyRequestAction(actor, request, body.action);
      updated += 1;
    }
    return { updated, skipped };
  }),
];
