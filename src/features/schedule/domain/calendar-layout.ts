import {
  addCalendarDays,
  atClinicTime,
  clinicDate,
  clinicTimeOfDay,
  hoursOnDate,
  type Instant,
  type LocalDate,
  toMillis,
  weekdayOfDate,
} from '@/lib/clinic-time';
import type { WeeklyHours } from '@/lib/schema-fields';

/** The rows the grid draws, in clinic wall-clock minutes after midnight: [start, end). */
export type GridWindow = { startMinute: number; endMinute: number };
/** A vertical band of one column, in minutes from the top of the grid. */
export type Band = { top: number; height: number };
export type Placed<T> = Band & { item: T; lane: number; lanes: number };

const DAY_MINUTES = 24 * 60;

export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * The clinic's wall-clock minute of the instant. Positions come from the wall clock, never from
 * elapsed time since midnight: on a 23- or 25-hour day, 10:00 is still drawn on the 10:00 row.
 */
export function wallMinute(instant: Instant, timeZone: string): number {
  return minutesOf(clinicTimeOfDay(instant, timeZone));
}

/** From the earliest opening to the latest closing of the week, whole hours. */
export function gridWindow(openingHours: WeeklyHours): GridWindow {
  const open = openingHours.flatMap((day) => (day ? [minutesOf(day.open)] : []));
  const close = openingHours.flatMap((day) => (day ? [minutesOf(day.close)] : []));
  if (open.length === 0) return { startMinute: 8 * 60, endMinute: 18 * 60 };
  return {
    startMinute: Math.floor(Math.min(...open) / 60) * 60,
    endMinute: Math.ceil(Math.max(...close) / 60) * 60,
  };
}

/** "08:00", "09:00", … one label per wall-clock hour of the window. */
export function hourLabels(window: GridWindow): string[] {
  const labels: string[] = [];
  for (let minute = window.startMinute; minute < window.endMinute; minute += 60) {
    labels.push(`${String(minute / 60).padStart(2, '0')}:00`);
  }
  return labels;
}

/** Monday to Sunday of the clinic week containing `date`. */
export function weekDates(date: LocalDate): LocalDate[] {
  const monday = addCalendarDays(date, -((weekdayOfDate(date) + 6) % 7));
  return Array.from({ length: 7 }, (_, index) => addCalendarDays(monday, index));
}

function band(fromMinute: number, toMinute: number, window: GridWindow): Band | null {
  const top = Math.max(fromMinute, window.startMinute);
  const bottom = Math.min(toMinute, window.endMinute);
  return bottom > top ? { top: top - window.startMinute, height: bottom - top } : null;
}

/** The part of [start, end) that falls on the clinic date, as a band (null when none of it is shown). */
export function bandOnDate(start: Instant, end: Instant, date: LocalDate, timeZone: string, window: GridWindow) {
  const dayStartMs = toMillis(atClinicTime(date, '00:00', timeZone));
  const nextDayMs = toMillis(atClinicTime(addCalendarDays(date, 1), '00:00', timeZone));
  const startMs = toMillis(start);
  const endMs = toMillis(end);
  if (endMs <= dayStartMs || startMs >= nextDayMs) return null;
  const from = startMs <= dayStartMs ? 0 : wallMinute(startMs, timeZone);
  const to = endMs >= nextDayMs ? DAY_MINUTES : wallMinute(endMs, timeZone) || DAY_MINUTES;
  return band(from, to, window);
}

/** The items starting on the clinic date, placed by wall-clock time; overlapping ones share the width in lanes. */
export function placeOnDate<T extends { start: string; durationMinutes: number }>(
  items: readonly T[],
  date: LocalDate,
  timeZone: string,
  window: GridWindow,
): Placed<T>[] {
  const placed = items
    .filter((item) => clinicDate(item.start, timeZone) === date)
    .flatMap((item) => {
      const from = wallMinute(item.start, timeZone);
      const shown = band(from, from + item.durationMinutes, window);
      return shown ? [{ ...shown, item, lane: 0, lanes: 1 }] : [];
    })
    .sort((a, b) => a.top - b.top || b.height - a.height);
  // Greedy lanes within each group of items that overlap one another.
  let group: Placed<T>[] = [];
  let groupEnd = -1;
  const closeGroup = () => {
    const lanes = Math.max(1, ...group.map((entry) => entry.lane + 1));
    for (const entry of group) entry.lanes = lanes;
    group = [];
  };
  for (const entry of placed) {
    if (entry.top >= groupEnd) closeGroup();
    const laneEnds = new Map<number, number>();
    for (const other of group)
      laneEnds.set(other.lane, Math.max(laneEnds.get(other.lane) ?? 0, other.top + other.height));
    let lane = 0;
    while ((laneEnds.get(lane) ?? -1) > entry.top) lane += 1;
    entry.lane = lane;
    group.push(entry);
    groupEnd = Math.max(groupEnd, entry.top + entry.height);
  }
  closeGroup();
  return placed;
}

type Hours = { openingHours: WeeklyHours; closedDates: readonly LocalDate[]; workingHours: WeeklyHours | null };

/** The bands of the window when the clinic is closed or the clinician does not work (shaded). */
export function closedBands(date: LocalDate, hours: Hours, window: GridWindow): Band[] {
  const whole = band(0, DAY_MINUTES, window);
  const opening = hours.closedDates.includes(date) ? null : hoursOnDate(hours.openingHours, date);
  const working = hours.workingHours ? hoursOnDate(hours.workingHours, date) : opening;
  if (!opening || !working) return whole ? [whole] : [];
  const open = Math.max(minutesOf(opening.open), minutesOf(working.open));
  const close = Math.min(minutesOf(opening.close), minutesOf(working.close));
  if (open >= close) return whole ? [whole] : [];
  return [band(0, open, window), band(close, DAY_MINUTES, window)].filter((shown) => shown !== null);
}
