import type { AttemptOutcome, CloseReason, ContactRequest } from '@/features/contact-requests/schemas';
import { db } from '../../server/db';
import { findDuplicate } from '../../server/model/contact-requests';
import { closeReasonNotes, hostileMessages, notCandidateReasons } from '../fake-data';
import { attemptsAfter, storeRequestWithHistory } from './request-history';
import { HOUR_MS, type SeedContext } from './seed-context';

const failed: readonly AttemptOutcome[] = ['no_answer', 'voicemail', 'no_answer'];

function received(ctx: SeedContext, minDays: number, maxDays: number) {
  const receivedAt = ctx.iso(ctx.daysAgo(minDays, maxDays));
  return {
    receivedAt,
    updatedAt: receivedAt,
    preferredTimes: ctx.random.sample(['morning', 'afternoon', 'evening'] as const, 1),
  };
}

function seedNew(ctx: SeedContext, count: number, minDays: number, maxDays: number): void {
  for (let index = 0; index < count; index += 1) {
    const assigneeId = ctx.random.chance(0.3) ? ctx.random.pick(ctx.frontDesk).id : null;
    storeRequestWithHistory({ ...received(ctx, minDays, maxDays), assigneeId }, []);
  }
}

function seedContacting(ctx: SeedContext, count: number): void {
  for (let index = 0; index < count; index += 1) {
    const timing = received(ctx, 1, 30);
    const outcomes = ctx.random.chance(0.3) ? failed : failed.slice(0, ctx.random.int(1, 2));
    const attempts = attemptsAfter(ctx, timing, ctx.random.chance(0.2) ? ['voicemail', 'emailed'] : outcomes);
    storeRequestWithHistory(timing, attempts);
  }
}

function seedNotCandidates(ctx: SeedContext, count: number): void {
  for (let index = 0; index < count; index += 1) {
    const timing = received(ctx, 3, 45);
    const attempts = attemptsAfter(ctx, timing, ['reached']);
    const reason = ctx.random.pick(notCandidateReasons);
    const by = ctx.random.pick(ctx.frontDesk);
    const at = attempts.at(-1)?.at ?? timing.receivedAt;
    const concern = reason.startsWith('Larger')
      ? 'other'
      : ctx.random.pick(['spider_veins', 'reticular_veins'] as const);
    storeRequestWithHistory({ ...timing, concern }, attempts, {
      status: 'not_candidate',
      by,
      at,
      changes: { statusReason: reason },
      summary: `not a candidate (${reason})`,
    });
  }
}

function seedClosed(ctx: SeedContext, count: number): void {
  const reasons: CloseReason[] = ['unreachable', 'unreachable', 'declined', 'declined', 'duplicate'];
  for (let index = 0; index < count; index += 1) {
    const closeReason = reasons[index % reasons.length] ?? 'unreachable';
    const timing = received(ctx, 7, 45);
    const outcomes: readonly AttemptOutcome[] =
      closeReason === 'unreachable' ? failed : closeReason === 'declined' ? ['reached'] : [];
    const attempts = attemptsAfter(ctx, timing, outcomes);
    const note = ctx.random.pick(closeReasonNotes[closeReason]);
    const at = ctx.iso(Date.parse(attempts.at(-1)?.at ?? timing.receivedAt) + 2 * HOUR_MS);
    storeRequestWithHistory(timing, attempts, {
      status: 'closed',
      by: ctx.random.pick(ctx.frontDesk),
      at: at < ctx.iso(ctx.nowMs) ? at : ctx.iso(ctx.nowMs - HOUR_MS),
      changes: { closeReason, statusReason: note },
      summary: `closed as ${closeReason} (${note})`,
    });
  }
}

/** Requests whose message is markup or SQL: the app must show it as plain text. */
function seedHostile(ctx: SeedContext): void {
  hostileMessages.forEach((message, index) => {
    const timing = received(ctx, 0, 2);
    const attempts = index === 0 ? attemptsAfter(ctx, timing, ['no_answer']) : [];
    storeRequestWithHistory({ ...timing, message }, attempts);
  });
}

/** New requests from people the clinic already knows: same phone or email as a patient or an open request. */
function seedDuplicates(ctx: SeedContext): void {
  const patients = [...db.patients.values()];
  const openRequests = [...db.contactRequests.values()].filter(
    (request) => request.status === 'new' && !request.duplicateOf,
  );
  const sources: Pick<ContactRequest, 'name' | 'phone' | 'email'>[] = [
    ...ctx.random.sample(patients, 3),
    ...ctx.random.sample(openRequests, 3),
  ];
  sources.forEach((source, index) => {
    const contact = index % 2 === 0 ? { phone: source.phone } : { email: source.email, name: source.name };
    const request = storeRequestWithHistory({ ...received(ctx, 0, 1), ...contact }, []);
    const duplicateOf = findDuplicate(request, request.id);
    db.contactRequests.set(request.id, { ...request, duplicateOf });
  });
}

/** About 100 requests in every status except booked (booked ones come with their series). */
export function seedOpenAndClosedRequests(ctx: SeedContext): void {
  seedNew(ctx, 18, 0, 0.75);
  seedNew(ctx, 8, 4, 9);
  seedContacting(ctx, 30);
  seedNotCandidates(ctx, 14);
  seedClosed(ctx, 22);
  seedHostile(ctx);
  seedDuplicates(ctx);
}
