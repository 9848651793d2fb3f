import { suggestNextAttempt } from '@/features/contact-requests/domain/next-attempt';
import type { AttemptOutcome, ContactAttempt, ContactRequest } from '@/features/contact-requests/schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { db } from '../../server/db';
import { recordAudit } from '../../server/model/audit';
import { buildAttempt, buildContactRequest, withAttemptSummary } from '../factories';
import { attemptNotes } from '../fake-data';
import { MINUTE_MS, type SeedContext } from './seed-context';

/** Contact attempts at believable times (the domain's next-attempt rule), all before now. */
export function attemptsAfter(
  ctx: SeedContext,
  request: Pick<ContactRequest, 'receivedAt' | 'preferredTimes'>,
  outcomes: readonly AttemptOutcome[],
): ContactAttempt[] {
  const attempts: ContactAttempt[] = [];
  let last: string | null = null;
  for (const outcome of outcomes) {
    const earliest = Date.parse(last ?? request.receivedAt) + ctx.random.int(20, 20 * 60) * MINUTE_MS;
    const at = suggestNextAttempt({
      preferredTimes: request.preferredTimes,
      lastAttemptAt: last,
      now: earliest,
      tz: db.settings.timeZone,
      openingHours: db.settings.openingHours,
    });
    if (Date.parse(at) >= ctx.nowMs) break;
    const staff = ctx.random.pick(ctx.frontDesk);
    const channel = outcome === 'emailed' ? 'email' : 'phone';
    attempts.push(
      buildAttempt({
        at,
        staffId: staff.id,
        staffName: staff.name,
        channel,
        outcome,
        note: ctx.random.pick(attemptNotes),
      }),
    );
    last = at;
  }
  return attempts;
}

export interface RequestOutcome {
  status: ContactRequest['status'];
  by: StaffMember;
  at: string;
  changes?: Partial<ContactRequest>;
  summary: string;
}

/** Stores a request with its history (received, attempts, final status) and the matching audit trail. */
export function storeRequestWithHistory(
  overrides: Partial<ContactRequest>,
  attempts: ContactAttempt[],
  outcome?: RequestOutcome,
): ContactRequest {
  const base = buildContactRequest({ ...overrides, attempts });
  const contacted = attempts.length > 0 ? 'contacting' : base.status;
  const last = outcome?.at ?? attempts.at(-1)?.at ?? base.receivedAt;
  const request = withAttemptSummary({
    ...base,
    status: outcome?.status ?? contacted,
    ...outcome?.changes,
    assigneeId: base.assigneeId ?? attempts[0]?.staffId ?? null,
    updatedAt: last,
    version: 1 + attempts.length + (outcome ? 1 : 0),
  });
  db.contactRequests.set(request.id, request);
  recordAudit(
    null,
    'contact_request',
    request.id,
    'receive',
    `${request.name}: received from the website`,
    request.receivedAt,
  );
  for (const attempt of attempts) {
    const summary = `${request.name}: ${attempt.channel} attempt, ${attempt.outcome.replace('_', ' ')}`;
    recordAudit(
      { id: attempt.staffId, name: attempt.staffName },
      'contact_request',
      request.id,
      'log_attempt',
      summary,
      attempt.at,
    );
  }
  if (outcome)
    recordAudit(
      outcome.by,
      'contact_request',
      request.id,
      outcome.status,
      `${request.name}: ${outcome.summary}`,
      outcome.at,
    );
  return request;
}
