import type { z } from 'zod';
import { isOpenRequest } from '@/features/contact-requests/domain/request-status';
import type { ContactRequest, ContactRequestSummary, duplicateMatchSchema } from '@/features/contact-requests/schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { recordAudit } from './audit';

export type DuplicateMatch = z.infer<typeof duplicateMatchSchema>;

export function toSummary(request: ContactRequest): ContactRequestSummary {
  const { attempts: _attempts, ...summary } = request;
  return summary;
}

/** A patient or an open request with the same phone or email, patients first. */
export function findDuplicate(
  contact: { phone: string; email: string },
  excludeRequestId?: string,
): DuplicateMatch | null {
  const matchOn = (candidate: { phone: string; email: string }) =>
    candidate.phone === contact.phone
      ? ('phone' as const)
      : candidate.email === contact.email
        ? ('email' as const)
        : null;
  for (const patient of db.patients.values()) {
    const matchedOn = matchOn(patient);
    if (matchedOn) return { kind: 'patient', id: patient.id, name: patient.name, matchedOn };
  }
  for (const request of db.contactRequests.values()) {
    if (request.id === excludeRequestId || !isOpenRequest(request.status)) continue;
    const matchedOn = matchOn(request);
    if (matchedOn) return { kind: 'request', id: request.id, name: request.name, matchedOn };
  }
  return null;
}

/** Saves a change: bumps the version, stamps the time and writes the audit entry. */
export function saveRequest(
  actor: Pick<StaffMember, 'id' | 'name'> | null,
  previous: ContactRequest,
  changes: Partial<ContactRequest>,
  action: string,
  summary: string,
): ContactRequest {
  const updated: ContactRequest = {
    ...previous,
    ...changes,
    updatedAt: clock.nowIso(),
    version: previous.version + 1,
  };
  db.contactRequests.set(updated.id, updated);
  recordAudit(actor, 'contact_request', updated.id, action, `${updated.name}: ${summary}`);
  return updated;
}
