import {
  addDaysKeepingLocalTime,
  calendarDaysBetween,
  clinicDate,
  type Instant,
  MINUTE_MS,
  toIso,
  toMillis,
} from '@/lib/clinic-time';
import { type BusySession, checkSlot, nearestFreeSlot, type ScheduleContext, type SlotCheck } from './availability';

export type SeriesProposal = {
  number: number;
  /** Previous proposed start + spacing, same clinic-local time of day. */
  idealStart: string;
  start: string;
  /** True when the ideal slot was taken or outside hours and the session was moved. */
  moved: boolean;
  check: SlotCheck;
};

export type ProposeSeriesInput = {
  firstStart: Instant;
  plannedSessions: number;
  spacingDays: number;
  durationMinutes: number;
  ctx: ScheduleContext;
  /** Names the series' own proposals in clash results. */
  patientName?: string;
  clinicianId?: string;
  stepMinutes?: number;
  searchDays?: number;
};

const OWN_SERIES_NAME = 'This series';
const OWN_CLINICIAN_ID = 'this-clinician';

/**
 * Visit 1 is `firstStart` as given (its check reports any problem). Each later session is
 * ideally the previous *proposed* start + `spacingDays` at the same local time, so a move
 * cascades; when that slot is not free it moves to the nearest free slot at or after the ideal
 * (and after the previous session's end). If no free slot exists within `searchDays`, the ideal
 * start is kept and its failing check is returned.
 */
export function proposeSeries(input: ProposeSeriesInput): SeriesProposal[] {
  const { ctx, durationMinutes, spacingDays } = input;
  const busy: BusySession[] = [...ctx.busy];
  const scheduleCtx: ScheduleContext = { ...ctx, busy };
  const searchOptions = { stepMinutes: input.stepMinutes, searchDays: input.searchDays };
  const proposals: SeriesProposal[] = [];

  for (let number = 1; number <= input.plannedSessions; number += 1) {
    const previous = proposals.at(-1);
    const idealStart = previous
      ? addDaysKeepingLocalTime(previous.start, spacingDays, ctx.timeZone)
      : toIso(input.firstStart);
    let start = idealStart;
    let check = checkSlot(idealStart, durationMinutes, scheduleCtx);
    if (previous && check.kind !== 'free') {
      const previousEndMs = toMillis(previous.start) + durationMinutes * MINUTE_MS;
      const earliest = Math.max(toMillis(idealStart), previousEndMs);
      const slot = nearestFreeSlot(earliest, durationMinutes, scheduleCtx, searchOptions);
      if (slot) {
        start = slot;
        check = { kind: 'free' };
      }
    }
    proposals.push({ number, idealStart, start, moved: start !== idealStart, check });
    busy.push({
      id: `proposed-${number}`,
      start,
      durationMinutes,
      patientName: input.patientName ?? OWN_SERIES_NAME,
      clinicianId: input.clinicianId ?? OWN_CLINICIAN_ID,
      status: 'scheduled',
    });
  }
  return proposals;
}

export type PlannedSessionInput = { id?: string; start: Instant; durationMinutes: number };

export type SpacingCheck = { kind: 'ok' } | { kind: 'short'; days: number } | { kind: 'before_previous' };

export type PlannedSessionCheck = { number: number; slot: SlotCheck; spacing: SpacingCheck };

export type CheckPlannedSessionsOptions = {
  spacingDays: number;
  ctx: ScheduleContext;
  /** Busy sessions to ignore (e.g. the sessions being moved); ids in the plan are ignored too. */
  ignoreSessionIds?: readonly string[];
  patientName?: string;
  clinicianId?: string;
};

/**
 * Checks each planned session (in plan order, numbered from 1) against the clinician's
 * schedule and the earlier sessions of the same plan, and its spacing from the previous one:
 * clinic-local calendar days below `spacingDays` is a 'short' warning; starting at or before
 * the previous start, or before the previous one ends, is a 'before_previous' error.
 */
export function checkPlannedSessions(
  sessions: readonly PlannedSessionInput[],
  options: CheckPlannedSessionsOptions,
): PlannedSessionCheck[] {
  const { ctx, spacingDays } = options;
  const ignored = new Set([...(options.ignoreSessionIds ?? []), ...sessions.flatMap((s) => (s.id ? [s.id] : []))]);
  const busy: BusySession[] = ctx.busy.filter((session) => !ignored.has(session.id));
  const scheduleCtx: ScheduleContext = { ...ctx, busy };

  return sessions.map((session, index) => {
    const number = index + 1;
    const slot = checkSlot(session.start, session.durationMinutes, scheduleCtx);
    const previous = sessions[index - 1];
    const spacing = previous ? spacingFrom(previous, session, spacingDays, ctx.timeZone) : { kind: 'ok' as const };
    busy.push({
      id: session.id ?? `planned-${number}`,
      start: toIso(session.start),
      durationMinutes: session.durationMinutes,
      patientName: options.patientName ?? OWN_SERIES_NAME,
      clinicianId: options.clinicianId ?? OWN_CLINICIAN_ID,
      status: 'scheduled',
    });
    return { number, slot, spacing };
  });
}

function spacingFrom(
  previous: PlannedSessionInput,
  session: PlannedSessionInput,
  spacingDays: number,
  timeZone: string,
): SpacingCheck {
  const previousStartMs = toMillis(previous.start);
  const previousEndMs = previousStartMs + previous.durationMinutes * MINUTE_MS;
  const startMs = toMillis(session.start);
  if (startMs <= previousStartMs || startMs < previousEndMs) return { kind: 'before_previous' };
  const days = calendarDaysBetween(clinicDate(previousStartMs, timeZone), clinicDate(startMs, timeZone));
  return days < spacingDays ? { kind: 'short', days } : { kind: 'ok' };
}

export type ShiftableSession = { id: string; number: number; start: string; status: string };
export type ShiftedSession = { id: string; number: number; previousStart: string; start: string };

/**
 * Rescheduling session `fromNumber` to `newStart`: every later *scheduled* session moves by the
 * same number of clinic-local calendar days, keeping its own local time of day (DST-safe).
 * Returns only the later sessions that move, by number; the caller re-checks them.
 */
export function shiftLaterSessions(
  sessions: readonly ShiftableSession[],
  fromNumber: number,
  newStart: Instant,
  timeZone: string,
): ShiftedSession[] {
  const moved = sessions.find((session) => session.number === fromNumber);
  if (!moved) throw new RangeError(`No session number ${fromNumber} in this series`);
  const days = calendarDaysBetween(clinicDate(moved.start, timeZone), clinicDate(newStart, timeZone));
  return sessions
    .filter((session) => session.number > fromNumber && session.status === 'scheduled')
    .sort((a, b) => a.number - b.number)
    .map((session) => ({
      id: session.id,
      number: session.number,
      previousStart: session.start,
      start: addDaysKeepingLocalTime(session.start, days, timeZone),
    }));
}
