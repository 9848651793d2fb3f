import { containsInterval, sessionInterval } from '@/features/treatment-series/domain/intervals';
import type { Clash, Session } from '@/features/treatment-series/schemas';
import { atClinicTime, clinicDate, hoursOnDate, toMillis } from '@/lib/clinic-time';
import type { WeeklyHours } from '@/lib/schema-fields';
import type { StaffInput, StaffMember } from '@/shared/staff/schemas';
import { clock } from '../../runtime/clock';
import { db } from '../db';
import { invalidTransition, ProblemError, validationProblem } from '../problem-error';
import { patientNameOf } from './series';

export function assertEmailFree(email: string, exceptId?: string): void {
  const taken = [...db.staff.values()].some((member) => member.email === email && member.id !== exceptId);
  if (taken) throw validationProblem({ email: ['Another staff member already uses this email address'] });
}

const isActiveAdmin = (member: Pick<StaffMember, 'role' | 'active'>) => member.role === 'admin' && member.active;

/** The clinic always keeps one admin who can sign in: the last one cannot be deactivated or demoted. */
export function assertAdminRemains(existing: StaffMember, next: StaffInput): void {
  if (!isActiveAdmin(existing) || isActiveAdmin(next)) return;
  const others = [...db.staff.values()].some((member) => member.id !== existing.id && isActiveAdmin(member));
  if (others) return;
  const change = next.active ? 'given another role' : 'deactivated';
  throw invalidTransition(
    `${existing.name} is the last active admin and cannot be ${change}. Make another account an admin first.`,
  );
}

function withinHours(session: Session, hours: WeeklyHours, timeZone: string): boolean {
  const date = clinicDate(session.start, timeZone);
  const day = hoursOnDate(hours, date);
  if (!day) return false;
  const working = { start: atClinicTime(date, day.open, timeZone), end: atClinicTime(date, day.close, timeZone) };
  return containsInterval(working, sessionInterval(session));
}

/**
 * The clinician's future booked visits the change leaves without them: all of them when the
 * account stops being an active clinician, else those the new working hours leave outside (visits
 * already outside the old hours were confirmed before).
 */
export function sessionsLeftOut(existing: StaffMember, next: StaffInput): Session[] {
  if (existing.role !== 'clinician') return [];
  const nowMs = clock.nowMs();
  const { timeZone } = db.settings;
  const stillClinician = next.active && next.role === 'clinician';
  const hours = next.workingHours;
  return [...db.sessions.values()]
    .filter(
      (session) =>
        session.clinicianId === existing.id && session.status === 'scheduled' && toMillis(session.start) > nowMs,
    )
    .filter((session) => {
      if (!stillClinician) return true;
      if (hours === null) return false;
      const wasInside = existing.workingHours === null || withinHours(session, existing.workingHours, timeZone);
      return wasInside && !withinHours(session, hours, timeZone);
    })
    .sort((a, b) => toMillis(a.start) - toMillis(b.start));
}

function asClash(session: Session): Clash {
  const series = db.series.get(session.seriesId);
  return {
    sessionId: session.id,
    start: session.start,
    end: sessionInterval(session).end,
    patientName: series ? patientNameOf(series) : 'Unknown patient',
    clinicianId: session.clinicianId,
  };
}

/** 409 naming the booked visits, so staff confirm knowing which ones to rebook. */
export function sessionsLeftOutProblem(member: StaffMember, sessions: readonly Session[], deactivating: boolean) {
  const visits = sessions.length === 1 ? '1 booked visit' : `${sessions.length} booked visits`;
  const detail = deactivating
    ? `${member.name} has ${visits} ahead. They stay booked and need rebooking: confirm to go ahead.`
    : `${visits} of ${member.name} would fall outside the new working hours. They are not moved: confirm to save anyway and rebook them.`;
  return new ProblemError(409, 'scheduleConflict', 'Booked visits are affected', detail, {
    clashes: sessions.map(asClash),
  });
}

/** A deactivated account's open sessions end: its next request is refused. */
export function signOutEverywhere(staffId: string): void {
  for (const [token, session] of db.tokens) if (session.staffId === staffId) db.tokens.delete(token);
}
