import type { z } from 'zod';
import { isOpenRequest } from '@/features/contact-requests/domain/request-status';
import type { requestSearchSchema } from '@/features/contact-requests/schemas';
import { type ContactRequest, type ContactRequestSummary, requestStatuses } from '@/features/contact-requests/schemas';
import { phoneMatcher } from '@/lib/phone';
import type { Paged } from '@/lib/schema-fields';
import type { StaffMember } from '@/shared/staff/schemas';
import { db } from '../db';
import { paginate } from '../utils';
import { toSummary } from './contact-requests';
import { isLate } from './request-lateness';

export type RequestSearch = z.output<typeof requestSearchSchema>;
type Compare = (a: ContactRequest, b: ContactRequest) => number;

const collator = new Intl.Collator('en', { sensitivity: 'base' });
const statusRank = new Map(requestStatuses.map((status, index) => [status, index]));

// ISO instants from the mock all end in Z with milliseconds, so they sort as strings.
const byReceived: Compare = (a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0);

/** Ascending order of every sort; `desc` reverses it. */
const ascending: Record<RequestSearch['sort'], Compare> = {
  /** Closed requests, then open ones from the shortest wait; so `desc` puts the longest-waiting open ones first. */
  waiting: (a, b) =>
    Number(isOpenRequest(a.status)) - Number(isOpenRequest(b.status)) ||
    (isOpenRequest(a.status) ? -1 : 1) * byReceived(a, b),
  receivedAt: byReceived,
  name: (a, b) => collator.compare(a.name, b.name),
  status: (a, b) => (statusRank.get(a.status) ?? 0) - (statusRank.get(b.status) ?? 0) || -byReceived(a, b),
};

function matchesSearch(request: ContactRequest, needle: string, matchesPhone: (phone: string) => boolean): boolean {
  return request.name.toLowerCase().includes(needle) || request.email.includes(needle) || matchesPhone(request.phone);
}

function assigneeFilter(
  assignee: string | undefined,
  actor: StaffMember,
): ((request: ContactRequest) => boolean) | null {
  if (!assignee) return null;
  if (assignee === 'unassigned') return (request) => request.assigneeId === null;
  const id = assignee === 'me' ? actor.id : assignee;
  return (request) => request.assigneeId === id;
}

/** Filter, sort, slice: one pass over the rows and a cheap comparator, fine for 10,000 requests. */
export function listRequests(query: RequestSearch, actor: StaffMember, nowMs: number): Paged<ContactRequestSummary> {
  const statuses = query.status?.length ? new Set<string>(query.status) : null;
  const concerns = query.concern?.length ? new Set<string>(query.concern) : null;
  const byAssignee = assigneeFilter(query.assignee, actor);
  const needle = query.q?.toLowerCase() ?? '';
  const matchesPhone = phoneMatcher(needle, db.settings.country);
  const wantLate = query.late === undefined ? null : query.late === 'true';

  const rows: ContactRequest[] = [];
  for (const request of db.contactRequests.values()) {
    if (query.patientId && request.patientId !== query.patientId) continue;
    if (statuses && !statuses.has(request.status)) continue;
    if (concerns && !concerns.has(request.concern)) continue;
    if (byAssignee && !byAssignee(request)) continue;
    if (needle && !matchesSearch(request, needle, matchesPhone)) continue;
    if (wantLate !== null && isLate(request, nowMs) !== wantLate) continue;
    rows.push(request);
  }
  const compare = ascending[query.sort];
  const direction = query.order === 'asc' ? 1 : -1;
  rows.sort((a, b) => direction * compare(a, b) || a.id.localeCompare(b.id));
  const page = paginate(rows, query.page, query.pageSize);
  return { ...page, items: page.items.map(toSummary) };
}

export function countOpenRequests(nowMs: number): { new: number; open: number; late: number } {
  const counts = { new: 0, open: 0, late: 0 };
  for (const request of db.contactRequests.values()) {
    if (!isOpenRequest(request.status)) continue;
    counts.open += 1;
    if (request.status === 'new') counts.new += 1;
    if (isLate(request, nowMs)) counts.late += 1;
  }
  return counts;
}
