import { addMinutes, type Instant, toIso, toMillis } from '@/lib/clinic-time';

/** A half-open time range [start, end) of ISO instants. */
export type Interval = { start: string; end: string };

export function intervalFrom(start: Instant, durationMinutes: number): Interval {
  return { start: toIso(start), end: addMinutes(start, durationMinutes) };
}

export function sessionInterval(session: { start: string; durationMinutes: number }): Interval {
  return intervalFrom(session.start, session.durationMinutes);
}

/** True when the ranges share time; touching (one ends exactly when the other starts) is not an overlap. */
export function overlaps(a: Interval, b: Interval): boolean {
  return toMillis(a.start) < toMillis(b.end) && toMillis(b.start) < toMillis(a.end);
}

export function containsInterval(outer: Interval, inner: Interval): boolean {
  return toMillis(outer.start) <= toMillis(inner.start) && toMillis(inner.end) <= toMillis(outer.end);
}
