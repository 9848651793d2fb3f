import type { Patient } from '@/features/patients/schemas';
import type { Session, SessionStatus, TreatedArea } from '@/features/treatment-series/schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { db, type StoredSeries } from '../../server/db';
import { recordAudit } from '../../server/model/audit';
import { buildPatient, buildSeries, buildSession } from '../factories';
import { clinicalNotes } from '../fake-data';
import { seedOutcomeCalls } from './follow-ups';
import { attemptsAfter, storeRequestWithHistory } from './request-history';
import { DAY_MS, HOUR_MS, MINUTE_MS, type SeedContext } from './seed-context';
import { idealStartOn, placeSessions } from './series-placement';

export type Stage = 'just_booked' | 'mid' | 'needs_booking' | 'overdue' | 'completed' | 'discontinued' | 'no_show';

/** How many series of each stage, when their first session was, and how many sessions are booked. */
const stages: (SeriesSeed & { count: number })[] = [
  { stage: 'just_booked', count: 8, firstDaysAgo: [-21, -2] },
  { stage: 'mid', count: 12, firstDaysAgo: [0.2, 26] },
  { stage: 'needs_booking', count: 4, firstDaysAgo: [2, 12], booked: 1 },
  { stage: 'overdue', count: 5, firstDaysAgo: [17, 40], booked: 1 },
  { stage: 'completed', count: 7, firstDaysAgo: [33, 70] },
  { stage: 'discontinued', count: 3, firstDaysAgo: [10, 40] },
  { stage: 'no_show', count: 3, firstDaysAgo: [15, 27] },
];

const discontinueReasons = [
  'Patient moved out of state',
  'Strong reaction to the sclerosant: stopped on clinical advice',
];

function sessionStatus(ctx: SeedContext, stage: Stage, index: number, startMs: number): SessionStatus {
  if (stage === 'discontinued' && index > 0) return 'cancelled';
  if (startMs >= ctx.nowMs) return 'scheduled';
  if (stage === 'no_show' && index === 1) return 'no_show';
  // A session that started in the last few hours is still waiting for its outcome.
  return ctx.nowMs - startMs < 4 * HOUR_MS ? 'scheduled' : 'completed';
}

function treatedAreasFor(ctx: SeedContext): TreatedArea[] {
  return ctx.random.chance(0.1)
    ? ['face']
    : ctx.random.sample(['left_leg', 'right_leg'] as const, ctx.random.int(1, 2));
}

/** The request the series was booked from: received a few days before, a call or two, then booked. */
function bookedRequest(ctx: SeedContext, patient: Patient, firstStartMs: number, bookedBy: StaffMember) {
  const receivedMs = Math.min(
    firstStartMs - ctx.random.int(4, 9) * DAY_MS,
    ctx.nowMs - ctx.random.int(2, 30) * HOUR_MS,
  );
  const timing = { receivedAt: ctx.iso(receivedMs), preferredTimes: ['morning' as const] };
  const attempts = attemptsAfter(ctx, timing, ctx.random.chance(0.4) ? ['no_answer', 'reached'] : ['reached']);
  const lastContactMs = Date.parse(attempts.at(-1)?.at ?? timing.receivedAt);
  const bookedAt = ctx.iso(Math.min(lastContactMs + 10 * MINUTE_MS, ctx.nowMs - MINUTE_MS));
  const { name, phone, email } = patient;
  const request = storeRequestWithHistory({ ...timing, name, phone, email, patientId: patient.id }, attempts, {
    status: 'booked',
    by: bookedBy,
    at: bookedAt,
    changes: { patientId: patient.id },
    summary: 'booked a treatment series',
  });
  return { request, bookedAt };
}

function storeSessions(
  ctx: SeedContext,
  series: StoredSeries,
  stage: Stage,
  starts: string[],
  durationMinutes: number,
): Session[] {
  return starts.map((start, index) => {
    const status = sessionStatus(ctx, stage, index, Date.parse(start));
    const completed = status === 'completed';
    const session = buildSession({
      seriesId: series.id,
      number: index + 1,
      clinicianId: series.clinicianId,
      start,
      durationMinutes,
      status,
      treatedAreas: completed ? treatedAreasFor(ctx) : [],
      notes: completed ? ctx.random.pick(clinicalNotes) : '',
      version: status === 'scheduled' ? 1 : 2,
    });
    db.sessions.set(session.id, session);
    const clinician = db.staff.get(series.clinicianId);
    if (completed && clinician) {
      const at = ctx.iso(Date.parse(start) + durationMinutes * MINUTE_MS);
      recordAudit(clinician, 'session', session.id, 'complete', `Visit ${session.number} completed`, at);
    }
    return session;
  });
}

export interface SeriesSeed {
  stage: Stage;
  firstDaysAgo: [number, number];
  booked?: number;
  /** Used as given instead of a random clinician and first start. */
  clinician?: StaffMember;
  firstStart?: string;
  durationMinutes?: number;
  patient?: Patient;
}

/** One series with its patient, the request it came from, its sessions and its calls. */
export function seedOneSeries(ctx: SeedContext, spec: SeriesSeed): void {
  const clinician = spec.clinician ?? ctx.random.pick(ctx.clinicians);
  const existing = spec.patient;
  const plannedSessions = ctx.random.chance(0.15) ? ctx.random.pick([2, 4]) : 3;
  const spacingDays = ctx.random.chance(0.15) ? 21 : 14;
  const durationMinutes = spec.durationMinutes ?? ctx.random.pick([30, 45, 45, 45, 60]);
  const patient = existing ?? buildPatient();
  const starts = placeSessions({
    clinician,
    idealFirstStart: spec.firstStart ?? idealStartOn(ctx, ctx.daysAgo(...spec.firstDaysAgo)),
    sessionCount: spec.booked ?? plannedSessions,
    spacingDays,
    durationMinutes,
    patientName: patient.name,
  });
  const firstStartMs = Date.parse(starts?.[0] ?? '');
  if (!starts || Number.isNaN(firstStartMs)) return;

  const bookedBy = ctx.random.pick(ctx.frontDesk);
  const booking = existing ? null : bookedRequest(ctx, patient, firstStartMs, bookedBy);
  const bookedAt =
    booking?.bookedAt ??
    ctx.iso(Math.min(firstStartMs - ctx.random.int(3, 10) * DAY_MS, ctx.nowMs - ctx.random.int(1, 48) * HOUR_MS));
  if (!existing) db.patients.set(patient.id, { ...patient, createdAt: bookedAt });
  const series = buildSeries({
    patientId: patient.id,
    clinicianId: clinician.id,
    requestId: booking?.request.id ?? null,
    plannedSessions: Math.max(plannedSessions, spec.booked ?? 0),
    spacingDays,
    createdAt: bookedAt,
  });
  db.series.set(series.id, series);
  recordAudit(
    bookedBy,
    'treatment_series',
    series.id,
    'book',
    `Booked ${starts.length} sessions for ${patient.name}`,
    bookedAt,
  );
  const sessions = storeSessions(ctx, series, spec.stage, starts, durationMinutes);

  const completedCount = sessions.filter((session) => session.status === 'completed').length;
  const stored: StoredSeries =
    spec.stage === 'discontinued'
      ? { ...series, status: 'discontinued', discontinuedReason: ctx.random.pick(discontinueReasons), version: 2 }
      : completedCount >= series.plannedSessions
        ? { ...series, status: 'completed', version: 2 }
        : series;
  db.series.set(stored.id, stored);
  seedOutcomeCalls(ctx, stored, sessions, spec.stage === 'overdue' || spec.stage === 'needs_booking');
}

/** Patients from before this app, some with screening flags for the clinician to review. */
function seedEarlierPatients(ctx: SeedContext, count: number): Patient[] {
  return Array.from({ length: count }, (_, index) => {
    const patient = buildPatient({
      createdAt: ctx.iso(ctx.daysAgo(90, 400)),
      screeningFlags: index === 0 ? ['pregnant'] : index === 1 ? ['blood_clot_history', 'anticoagulants'] : [],
      notes: index === 0 ? 'Due in March: treat after delivery and breastfeeding.' : '',
      clinicalNotes: index === 1 ? 'On warfarin: check with the prescribing doctor before treating.' : '',
    });
    db.patients.set(patient.id, patient);
    return patient;
  });
}

/** About 40 series at every stage, placed with the domain's availability rules. */
export function seedTreatmentSeries(ctx: SeedContext): void {
  const earlier = seedEarlierPatients(ctx, 10);
  const returning = ctx.random.sample(earlier.slice(2), 6);
  for (const spec of stages) {
    for (let index = 0; index < spec.count; index += 1) {
      seedOneSeries(ctx, { ...spec, patient: ctx.random.chance(0.15) ? returning.pop() : undefined });
    }
  }
}
