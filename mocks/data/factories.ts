import type { z } from 'zod';
import type { intakeInputSchema } from '@/features/contact-requests/intake-schema';
import type { ContactAttempt, ContactRequest } from '@/features/contact-requests/schemas';
import type { FollowUpCall } from '@/features/follow-up-calls/schemas';
import type { Patient } from '@/features/patients/schemas';
import type { Session } from '@/features/treatment-series/schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { clock } from '../runtime/clock';
import { nextId, type StoredSeries } from '../server/db';
import { areaCodes, emailDomains, firstNames, lastNames, requestMessages } from './fake-data';
import { createRandom, type Random } from './random';

let random: Random = createRandom(1);
let personCount = 0;

/** Makes the builders repeat the same sequence (called by every seed). */
export function resetFactories(seed: number): void {
  random = createRandom(seed);
  personCount = 0;
}

export function factoryRandom(): Random {
  return random;
}

/** A fake person; phone and email are unique for up to 100,000 people. */
export function fakePerson(): { name: string; phone: string; email: string } {
  personCount += 1;
  const first = random.pick(firstNames);
  const last = random.pick(lastNames);
  const area = areaCodes[personCount % areaCodes.length];
  const line = String(Math.floor(personCount / areaCodes.length) % 10_000).padStart(4, '0');
  const handle = `${first[0]}${last}`.toLowerCase().replace(/[^a-z]/g, '');
  return {
    name: `${first} ${last}`,
    phone: `+1${area}555${line}`,
    email: `${handle}${personCount}@${random.pick(emailDomains)}`,
  };
}

export function buildStaff(overrides: Partial<StaffMember> = {}): StaffMember {
  const person = fakePerson();
  return {
    id: nextId('stf'),
    name: person.name,
    email: person.email.replace(/@.*/, '@veindesk.test'),
    role: 'front_desk',
    workingHours: null,
    active: true,
    version: 1,
    ...overrides,
  };
}

export function buildPatient(overrides: Partial<Patient> = {}): Patient {
  return {
    id: nextId('pat'),
    ...fakePerson(),
    dateOfBirth: `${random.int(1950, 2002)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    notes: '',
    clinicalNotes: '',
    screeningFlags: [],
    riskFactors: random.sample(
      ['family_history', 'long_standing_or_sitting', 'pregnancy', 'weight'] as const,
      random.int(0, 2),
    ),
    createdAt: clock.nowIso(),
    version: 1,
    ...overrides,
  };
}

export function buildAttempt(overrides: Partial<ContactAttempt> = {}): ContactAttempt {
  return {
    id: nextId('att'),
    at: clock.nowIso(),
    staffId: 'stf_00001',
    staffName: 'Front desk',
    channel: 'phone',
    outcome: 'no_answer',
    note: '',
    ...overrides,
  };
}

/** Keeps the attempt summary fields in step with the attempts. */
export function withAttemptSummary(request: ContactRequest): ContactRequest {
  const { attempts } = request;
  return {
    ...request,
    attemptCount: attempts.length,
    lastAttemptAt: attempts.at(-1)?.at ?? null,
    firstContactAt: request.firstContactAt ?? attempts[0]?.at ?? null,
  };
}

export function buildContactRequest(overrides: Partial<ContactRequest> = {}): ContactRequest {
  const concern =
    overrides.concern ?? random.pick(['spider_veins', 'reticular_veins', 'both', 'not_sure', 'other'] as const);
  const receivedAt = overrides.receivedAt ?? clock.nowIso();
  return withAttemptSummary({
    id: nextId('req'),
    receivedAt,
    ...fakePerson(),
    preferredContactMethod: random.pick(['phone', 'phone', 'email', 'text'] as const),
    preferredTimes: random.sample(['morning', 'afternoon', 'evening'] as const, random.int(1, 2)),
    concern,
    areas: random.chance(0.12) ? ['face'] : random.chance(0.1) ? ['legs', 'face'] : ['legs'],
    message: random.pick(requestMessages[concern]),
    status: 'new',
    closeReason: null,
    statusReason: null,
    assigneeId: null,
    firstContactAt: null,
    patientId: null,
    duplicateOf: null,
    updatedAt: receivedAt,
    version: 1,
    attempts: [],
    attemptCount: 0,
    lastAttemptAt: null,
    ...overrides,
  });
}

export function buildSeries(
  overrides: Partial<StoredSeries> & Pick<StoredSeries, 'patientId' | 'clinicianId'>,
): StoredSeries {
  return {
    id: nextId('ser'),
    requestId: null,
    plannedSessions: 3,
    spacingDays: 14,
    status: 'active',
    discontinuedReason: null,
    createdAt: clock.nowIso(),
    version: 1,
    ...overrides,
  };
}

export function buildSession(
  overrides: Partial<Session> & Pick<Session, 'seriesId' | 'number' | 'clinicianId' | 'start'>,
): Session {
  return {
    id: nextId('ses'),
    durationMinutes: 45,
    status: 'scheduled',
    treatedAreas: [],
    notes: '',
    version: 1,
    ...overrides,
  };
}

export function buildFollowUp(
  overrides: Partial<FollowUpCall> & Pick<FollowUpCall, 'subject' | 'reason' | 'dueAt' | 'patientName'>,
): FollowUpCall {
  return {
    id: nextId('fup'),
    patientId: null,
    status: 'due',
    note: '',
    outcomeNote: '',
    doneById: null,
    doneAt: null,
    createdAt: clock.nowIso(),
    attempts: [],
    assigneeId: null,
    answers: null,
    cancelReason: null,
    version: 1,
    ...overrides,
  };
}

export type IntakeSubmission = z.input<typeof intakeInputSchema>;

/**
 * What a person types into the website form (phone as typed, with its +country code as the API needs: the contract normalises it).
 * Lines 5000-9999 of the 555 exchange, so it does not collide with seeded people.
 */
export function buildIntakeSubmission(
  overrides: Partial<IntakeSubmission> = {},
  rng: Random = random,
): IntakeSubmission {
  const first = rng.pick(firstNames);
  const last = rng.pick(lastNames);
  const concern = rng.pick(['spider_veins', 'reticular_veins', 'both', 'not_sure'] as const);
  const handle = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
  return {
    name: `${first} ${last}`,
    phone: `+1 (${rng.pick(areaCodes)}) 555-${rng.int(5000, 9999)}`,
    email: `${handle}${rng.int(10, 99)}@${rng.pick(emailDomains)}`,
    preferredContactMethod: rng.pick(['phone', 'email', 'text'] as const),
    preferredTimes: rng.sample(['morning', 'afternoon', 'evening'] as const, rng.int(1, 2)),
    concern,
    areas: ['legs'],
    message: rng.pick(requestMessages[concern]),
    consent: true,
    ...overrides,
  };
}
