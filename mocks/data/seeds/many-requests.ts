import type { ContactAttempt, ContactRequest, RequestStatus } from '@/features/contact-requests/schemas';
import { db } from '../../server/db';
import { buildAttempt, buildContactRequest } from '../factories';
import { closeReasonNotes, notCandidateReasons } from '../fake-data';
import { DAY_MS, HOUR_MS, MINUTE_MS, type SeedContext } from './seed-context';

/** Settled history, with open requests only in the last two months: statuses by age, cheap to generate. */
function statusFor(ctx: SeedContext, ageMs: number): RequestStatus {
  if (ageMs < 2 * DAY_MS) return ctx.random.pick(['new', 'new', 'contacting']);
  const roll = ctx.random.next();
  const recent = ageMs < 60 * DAY_MS;
  if (recent && roll < 0.05) return 'new';
  if (recent && roll < 0.3) return 'contacting';
  if (roll < 0.35) return 'not_candidate';
  return 'closed';
}

function cheapAttempts(ctx: SeedContext, receivedMs: number, count: number): ContactAttempt[] {
  const attempts: ContactAttempt[] = [];
  let atMs = receivedMs;
  for (let index = 0; index < count; index += 1) {
    atMs += ctx.random.int(2 * 60, 30 * 60) * MINUTE_MS;
    if (atMs >= ctx.nowMs) break;
    const staff = ctx.random.pick(ctx.frontDesk);
    const outcome = index === count - 1 && ctx.random.chance(0.4) ? 'reached' : 'no_answer';
    attempts.push(buildAttempt({ at: ctx.iso(atMs), staffId: staff.id, staffName: staff.name, outcome }));
  }
  return attempts;
}

function statusDetails(ctx: SeedContext, status: RequestStatus): Partial<ContactRequest> {
  if (status === 'not_candidate') return { statusReason: ctx.random.pick(notCandidateReasons) };
  if (status !== 'closed') return {};
  const closeReason = ctx.random.pick(['unreachable', 'declined'] as const);
  return { closeReason, statusReason: ctx.random.pick(closeReasonNotes[closeReason]) };
}

/** `count` more requests over the last year, for the 10,000-request scenario. No time-zone work per row. */
export function seedManyRequests(ctx: SeedContext, count: number): void {
  for (let index = 0; index < count; index += 1) {
    const receivedMs = ctx.nowMs - ctx.random.int(5, 365 * 24 * 60) * MINUTE_MS;
    const status = statusFor(ctx, ctx.nowMs - receivedMs);
    const attempts = status === 'new' ? [] : cheapAttempts(ctx, receivedMs, ctx.random.int(1, 3));
    const lastMs = Date.parse(attempts.at(-1)?.at ?? new Date(receivedMs).toISOString());
    const request = buildContactRequest({
      receivedAt: ctx.iso(receivedMs),
      status: attempts.length === 0 && status === 'contacting' ? 'new' : status,
      attempts,
      assigneeId: attempts[0]?.staffId ?? null,
      updatedAt: ctx.iso(Math.min(lastMs + HOUR_MS, ctx.nowMs)),
      ...statusDetails(ctx, status),
    });
    db.contactRequests.set(request.id, request);
  }
}
