import { nearestFreeSlot } from '@/features/treatment-series/domain/availability';
import { proposeSeries } from '@/features/treatment-series/domain/proposals';
import { atClinicTime, clinicDate } from '@/lib/clinic-time';
import type { StaffMember } from '@/shared/staff/schemas';
import { db } from '../../server/db';
import { scheduleContextFor } from '../../server/model/series';
import type { SeedContext } from './seed-context';

const startTimes = ['08:30', '09:00', '09:45', '10:30', '11:15', '13:00', '14:00', '14:45', '15:30', '16:15'] as const;

/** A believable start on the clinic-local day of `dayMs` (the availability search moves it when needed). */
export function idealStartOn(ctx: SeedContext, dayMs: number): string {
  const { timeZone } = db.settings;
  return atClinicTime(clinicDate(dayMs, timeZone), ctx.random.pick(startTimes), timeZone);
}

export interface PlacementRequest {
  clinician: StaffMember;
  idealFirstStart: string;
  sessionCount: number;
  spacingDays: number;
  durationMinutes: number;
  patientName: string;
}

/**
 * Session starts that the domain rules accept: inside opening and working hours, never
 * double-booked, each `spacingDays` after the previous (moved to the nearest free slot).
 * Null when the clinician has no room.
 */
export function placeSessions(request: PlacementRequest): string[] | null {
  const schedule = scheduleContextFor(request.clinician);
  const firstStart = nearestFreeSlot(request.idealFirstStart, request.durationMinutes, schedule);
  if (!firstStart) return null;
  const proposals = proposeSeries({
    firstStart,
    plannedSessions: request.sessionCount,
    spacingDays: request.spacingDays,
    durationMinutes: request.durationMinutes,
    ctx: schedule,
    patientName: request.patientName,
    clinicianId: request.clinician.id,
  });
  if (!proposals.every((proposal) => proposal.check.kind === 'free')) return null;
  return proposals.map((proposal) => proposal.start);
}
