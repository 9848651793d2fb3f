import {
  addCalendarDays,
  atClinicTime,
  clinicDate,
  hoursOnDate,
  type Instant,
  type LocalDate,
  MINUTE_MS,
  toIso,
  toMillis,
  weekdayNames,
  weekdayOfDate,
} from '@/lib/clinic-time';
import { dayjs } from '@/lib/dayjs';
import type { DayHours, WeeklyHours } from '@/lib/schema-fields';
import type { Block } from '../block-schemas';
import type { Clash } from '../schemas';

export type BusySession = {
  id: string;
  start: string;
  durationMinutes: number;
  patientName: string;
  clinicianId: string;
  status?: string;
};

/** Blocked time as the rules need it: no visit may overlap it. */
export type BlockedPeriod = Pick<Block, 'id' | 'clinicianId' | 'start' | 'end' | 'kind' | 'reason'>;

export type ScheduleContext = {
  timeZone: string;
  openingHours: WeeklyHours;
  /** Clinic calendar dates the clinic is closed whatever its weekly hours (holidays). */
  closedDates: readonly LocalDate[];
  /** null: the clinician works whenever the clinic is open. */
  workingHours: WeeklyHours | null;
  /** The clinician's sessions; cancelled ones never block. */
  busy: BusySession[];
  /** The clinician's blocked time and the clinic-wide blocks. */
  blocks: readonly BlockedPeriod[];
};

export type SlotCheck =
  | { kind: 'free' }
  | { kind: 'outside_hours'; reason: string }
  | { kind: 'blocked'; blocks: BlockedPeriod[] }
  | { kind: 'clash'; clashes: Clash[] };

export type CheckSlotOptions = { ignoreSessionIds?: readonly string[] };
export type SlotSearchOptions = CheckSlotOptions & { stepMinutes?: number; searchDays?: number };

export type BookableHours =
  | { hours: DayHours; limitedBy: 'clinic' | 'clinician' | 'both' }
  | { hours: null; reason: string };

type BusyRange = { session: BusySession; startMs: number; endMs: number };
type TimeRange = { startMs: number; endMs: number };

const DEFAULT_STEP_MINUTES = 15;
const DEFAULT_SEARCH_DAYS = 28;

function weekdayPlural(date: LocalDate): string {
  return `${weekdayNames[weekdayOfDate(date)]}s`;
}

/** The hours that day when both the clinic is open and the clinician works. */
export function bookableHoursOn(date: LocalDate, ctx: ScheduleContext): BookableHours {
  if (ctx.closedDates.includes(date)) {
    return { hours: null, reason: `The clinic is closed on ${dayjs.utc(date).format('ddd D MMM YYYY')}` };
  }
  const opening = hoursOnDate(ctx.openingHours, date);
  if (!opening) return { hours: null, reason: `The clinic is closed on ${weekdayPlural(date)}` };
  if (!ctx.workingHours) return { hours: opening, limitedBy: 'clinic' };
  const working = hoursOnDate(ctx.workingHours, date);
  if (!working) return { hours: null, reason: `The clinician does not work on ${weekdayPlural(date)}` };
  // 'HH:mm' strings sort chronologically: open at the later opening, close at the earlier closing.
  const open = [opening.open, working.open].sort()[1] ?? opening.open;
  const close = [opening.close, working.close].sort()[0] ?? opening.close;
  if (open >= close) {
    return {
      hours: null,
      reason: `The clinician's working hours do not overlap opening hours on ${weekdayPlural(date)}`,
    };
  }
  const clinicBound = open === opening.open && close === opening.close;
  const clinicianBound = open === working.open && close === working.close;
  const limitedBy = clinicBound ? 'clinic' : clinicianBound ? 'clinician' : 'both';
  return { hours: { open, close }, limitedBy };
}

function outsideHoursReason(date: LocalDate, hours: DayHours, limitedBy: 'clinic' | 'clinician' | 'both'): string {
  const span = `${hours.open}–${hours.close} on ${weekdayPlural(date)}`;
  if (limitedBy === 'clinic') return `Outside opening hours (${span})`;
  if (limitedBy === 'clinician') return `Outside the clinician's working hours (${span})`;
  return `Outside the hours the clinic is open and the clinician works (${span})`;
}

function blockingRanges(ctx: ScheduleContext, options: CheckSlotOptions): BusyRange[] {
  const ignored = new Set(options.ignoreSessionIds ?? []);
  return ctx.busy
    .filter((session) => session.status !== 'cancelled' && !ignored.has(session.id))
    .map((session) => {
      const startMs = toMillis(session.start);
      return { session, startMs, endMs: startMs + session.durationMinutes * MINUTE_MS };
    })
    .sort((a, b) => a.startMs - b.startMs);
}

function blockRanges(ctx: ScheduleContext): (TimeRange & { block: BlockedPeriod })[] {
  return ctx.blocks.map((block) => ({ block, startMs: toMillis(block.start), endMs: toMillis(block.end) }));
}

/** Sessions and blocked time: every range a new visit may not overlap. */
function takenRanges(ctx: ScheduleContext, options: CheckSlotOptions): TimeRange[] {
  return [...blockingRanges(ctx, options), ...blockRanges(ctx)];
}

function assertPositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be positive, got ${value}`);
}

export function checkSlot(
  start: Instant,
  durationMinutes: number,
  ctx: ScheduleContext,
  options: CheckSlotOptions = {},
): SlotCheck {
  assertPositive('durationMinutes', durationMinutes);
  const startMs = toMillis(start);
  const endMs = startMs + durationMinutes * MINUTE_MS;
  const date = clinicDate(startMs, ctx.timeZone);
  const bookable = bookableHoursOn(date, ctx);
  if (!bookable.hours) return { kind: 'outside_hours', reason: bookable.reason };
  const openMs = toMillis(atClinicTime(date, bookable.hours.open, ctx.timeZone));
  const closeMs = toMillis(atClinicTime(date, bookable.hours.close, ctx.timeZone));
  if (startMs < openMs || endMs > closeMs) {
    return { kind: 'outside_hours', reason: outsideHoursReason(date, bookable.hours, bookable.limitedBy) };
  }
  const blocks = blockRanges(ctx)
    .filter((range) => range.startMs < endMs && startMs < range.endMs)
    .map((range) => range.block);
  if (blocks.length > 0) return { kind: 'blocked', blocks };
  const clashes: Clash[] = blockingRanges(ctx, options)
    .filter((range) => range.startMs < endMs && startMs < range.endMs)
    .map(({ session, startMs: clashStart, endMs: clashEnd }) => ({
      sessionId: session.id,
      start: toIso(clashStart),
      end: toIso(clashEnd),
      patientName: session.patientName,
      clinicianId: session.clinicianId,
    }));
  return clashes.length > 0 ? { kind: 'clash', clashes } : { kind: 'free' };
}

/**
 * Free slot starts in [fromMs, toMs), one clinic-local day at a time, on a grid of
 * `stepMinutes` counted from that day's bookable opening time.
 */
function* freeSlotStarts(
  fromMs: number,
  toMs: number,
  durationMinutes: number,
  ctx: ScheduleContext,
  options: SlotSearchOptions,
): Generator<number> {
  const stepMinutes = options.stepMinutes ?? DEFAULT_STEP_MINUTES;
  assertPositive('durationMinutes', durationMinutes);
  assertPositive('stepMinutes', stepMinutes);
  const stepMs = stepMinutes * MINUTE_MS;
  const durationMs = durationMinutes * MINUTE_MS;
  const busy = takenRanges(ctx, options);
  const lastDate = clinicDate(toMs, ctx.timeZone);
  for (let date = clinicDate(fromMs, ctx.timeZone); date <= lastDate; date = addCalendarDays(date, 1)) {
    const { hours } = bookableHoursOn(date, ctx);
    if (!hours) continue;
    const openMs = toMillis(atClinicTime(date, hours.open, ctx.timeZone));
    const closeMs = toMillis(atClinicTime(date, hours.close, ctx.timeZone));
    // Stryker disable next-line EqualityOperator,LogicalOperator: narrows (for speed) what the overlap test below decides on; a wider set gives the same slots
    const dayBusy = busy.filter((range) => range.startMs < closeMs && range.endMs > openMs);
    // Stryker disable next-line EqualityOperator: at fromMs === openMs both sides give step 0
    const firstStep = fromMs > openMs ? Math.ceil((fromMs - openMs) / stepMs) : 0;
    for (let slot = openMs + firstStep * stepMs; slot + durationMs <= closeMs && slot < toMs; slot += stepMs) {
      const slotEnd = slot + durationMs;
      if (!dayBusy.some((range) => range.startMs < slotEnd && slot < range.endMs)) yield slot;
    }
  }
}

/** Starts (ISO) of every free slot beginning in [from, to), in order. */
export function freeSlots(
  from: Instant,
  to: Instant,
  durationMinutes: number,
  ctx: ScheduleContext,
  options: Omit<SlotSearchOptions, 'searchDays'> = {},
): string[] {
  return Array.from(freeSlotStarts(toMillis(from), toMillis(to), durationMinutes, ctx, options), (ms) => toIso(ms));
}

/**
 * The next `count` free slots at or after `from`: `from` itself when it is free, then the
 * step grid, searching the clinic-local day of `from` and the `searchDays` days after it.
 */
export function nextFreeSlots(
  from: Instant,
  durationMinutes: number,
  ctx: ScheduleContext,
  count = 3,
  options: SlotSearchOptions = {},
): string[] {
  if (count <= 0) return [];
  const fromMs = toMillis(from);
  const searchDays = options.searchDays ?? DEFAULT_SEARCH_DAYS;
  const dayAfterSearch = addCalendarDays(clinicDate(fromMs, ctx.timeZone), searchDays + 1);
  const untilMs = toMillis(atClinicTime(dayAfterSearch, '00:00', ctx.timeZone));
  const result: string[] = [];
  if (checkSlot(fromMs, durationMinutes, ctx, options).kind === 'free') result.push(toIso(fromMs));
  for (const slot of freeSlotStarts(fromMs, untilMs, durationMinutes, ctx, options)) {
    if (result.length >= count) break;
    if (slot !== fromMs) result.push(toIso(slot));
  }
  return result;
}

/** The first free slot at or after `from` (later that day first, then the next days), or null. */
export function nearestFreeSlot(
  from: Instant,
  durationMinutes: number,
  ctx: ScheduleContext,
  options: SlotSearchOptions = {},
): string | null {
  return nextFreeSlots(from, durationMinutes, ctx, 1, options)[0] ?? null;
}
