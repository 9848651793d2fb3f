import type { z } from 'zod';
import type { intakeInputSchema } from '@/features/contact-requests/intake-schema';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import { buildContactRequest } from '../../data/factories';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { recordAudit } from './audit';
import { findDuplicate } from './contact-requests';

export type IntakeData = z.output<typeof intakeInputSchema>;

/** Stores a contact-form submission (already validated and normalised by the contract). */
export function receiveContactRequest(input: IntakeData): ContactRequest {
  const { consent: _consent, website: _website, ...fields } = input;
  const request = buildContactRequest({
    ...fields,
    receivedAt: clock.nowIso(),
    duplicateOf: findDuplicate(fields),
  });
  db.contactRequests.set(request.id, request);
  const duplicateNote = request.duplicateOf ? ` (possible duplicate of ${request.duplicateOf.name})` : '';
  recordAudit(
    null,
    'contact_request',
    request.id,
    'receive',
    `${request.name}: received from the website${duplicateNote}`,
  );
  return request;
}
