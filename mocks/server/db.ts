import type { AuditEntry } from '@/features/audit/schemas';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import type { FollowUpCall, ReviewItem } from '@/features/follow-up-calls/schemas';
import type { Patient } from '@/features/patients/schemas';
import type { Block } from '@/features/treatment-series/block-schemas';
import type { Session, TreatmentSeries } from '@/features/treatment-series/schemas';
import type { ClinicSettings } from '@/shared/settings/schemas';
import type { StaffMember } from '@/shared/staff/schemas';

/** A series as stored: its sessions live in their own collection, progress is derived on read. */
export type StoredSeries = Omit<TreatmentSeries, 'progress' | 'sessions' | 'patientName'>;
/** The first answer to an idempotent create, replayed for a retry with the same key. */
export interface IdempotentReply {
  /** The request body the key was first used with: the same key with another body is refused. */
  requestBody: string;
  status: number;
  body: string;
}
export interface AuthToken {
  staffId: string;
  expiresAt: string;
}

export const scenarioNames = ['typical', 'empty', 'busy-week', 'large'] as const;
export type ScenarioName = (typeof scenarioNames)[number];

const defaultSettings: ClinicSettings = {
  timeZone: 'America/New_York',
  country: 'US',
  openingHours: [
    null,
    { open: '08:00', close: '18:00' },
    { open: '08:00', close: '18:00' },
    { open: '08:00', close: '18:00' },
    { open: '08:00', close: '18:00' },
    { open: '08:00', close: '18:00' },
    { open: '09:00', close: '13:00' },
  ],
  defaultSessionMinutes: 45,
  defaultPlannedSessions: 3,
  defaultSpacingDays: 14,
  responseTargetBusinessDays: 1,
  failedAttemptsBeforeClosing: 3,
  closedDates: ['2026-12-25', '2027-01-01'],
  postTreatmentCallHours: 72,
  seriesCompleteCheckInDays: 21,
  version: 1,
};

function emptyState() {
  return {
    scenario: 'empty' as ScenarioName,
    staff: new Map<string, StaffMember>(),
    /** staff id → password */
    passwords: new Map<string, string>(),
    tokens: new Map<string, AuthToken>(),
    settings: structuredClone(defaultSettings),
    contactRequests: new Map<string, ContactRequest>(),
    patients: new Map<string, Patient>(),
    series: new Map<string, StoredSeries>(),
    sessions: new Map<string, Session>(),
    blocks: new Map<string, Block>(),
    followUps: new Map<string, FollowUpCall>(),
    /** Concerns raised on follow-up calls, for the treating clinician. */
    reviews: new Map<string, ReviewItem>(),
    audit: [] as AuditEntry[],
    /** `${actorId}:${key}` → series id (or block id for blocked time) */
    idempotencyKeys: new Map<string, string>(),
    /** `${actorId or 'public'} ${method} ${path} ${Idempotency-Key}` → the first answer */
    idempotentReplies: new Map<string, IdempotentReply>(),
    counters: {} as Record<string, number>,
  };
}

export type DbState = ReturnType<typeof emptyState>;

/** The whole mock database. Handlers read and write these collections directly. */
export const db: DbState = emptyState();

const resetListeners = new Set<() => void>();
const changeListeners = new Set<() => void>();

/** For caches derived from the data (they are dropped on every reset and restore). */
export function onReset(listener: () => void): () => void {
  resetListeners.add(listener);
  return () => resetListeners.delete(listener);
}

/** Called after every change to the data, so the browser can persist it. */
export function onChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

export function notifyChange(): void {
  for (const listener of changeListeners) listener();
}

/** Empties every collection (clinic settings go back to the defaults). */
export function resetDb(): void {
  Object.assign(db, emptyState());
  for (const listener of resetListeners) listener();
}

/** Sequential, readable ids: `req_00042`. Deterministic because counters reset with the data. */
export function nextId(prefix: string): string {
  const value = (db.counters[prefix] ?? 0) + 1;
  db.counters[prefix] = value;
  return `${prefix}_${String(value).padStart(5, '0')}`;
}

/** The database as plain JSON (maps become entry lists), for IndexedDB. */
export type DbSnapshot = {
  [K in keyof DbState]: DbState[K] extends Map<string, infer V> ? [string, V][] : DbState[K];
};

export function snapshotDb(): DbSnapshot {
  return {
    ...db,
    staff: [...db.staff],
    passwords: [...db.passwords],
    tokens: [...db.tokens],
    contactRequests: [...db.contactRequests],
    patients: [...db.patients],
    series: [...db.series],
    sessions: [...db.sessions],
    blocks: [...db.blocks],
    followUps: [...db.followUps],
    reviews: [...db.reviews],
    idempotencyKeys: [...db.idempotencyKeys],
    idempotentReplies: [...db.idempotentReplies],
  };
}

/** Loads a snapshot written by `snapshotDb`. */
export function restoreDb(snapshot: DbSnapshot): void {
  Object.assign(db, {
    ...emptyState(),
    ...snapshot,
    staff: new Map(snapshot.staff),
    passwords: new Map(snapshot.passwords),
    tokens: new Map(snapshot.tokens),
    contactRequests: new Map(snapshot.contactRequests),
    patients: new Map(snapshot.patients),
    series: new Map(snapshot.series),
    sessions: new Map(snapshot.sessions),
    // Snapshots saved before blocked time existed have none.
    blocks: new Map(snapshot.blocks ?? []),
    followUps: new Map(snapshot.followUps),
    reviews: new Map(snapshot.reviews),
    idempotencyKeys: new Map(snapshot.idempotencyKeys),
    idempotentReplies: new Map(snapshot.idempotentReplies),
  } satisfies DbState);
  for (const listener of resetListeners) listener();
}
