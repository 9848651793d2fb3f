import { describe, expect, it } from 'vitest';
import type { WeeklyHours } from '@/lib/schema-fields';
import { checkSlot, freeSlots, nearestFreeSlot, nextFreeSlots } from '../availability';
import { busy, makeCtx, ny } from './fixtures';

// 2026-10-26 is a Monday; New York is on EDT (UTC-4) until 2026-11-01, then EST (UTC-5).
const MONDAY = '2026-10-26';

function hoursOn(days: Record<number, { open: string; close: string }>): WeeklyHours {
  return [0, 1, 2, 3, 4, 5, 6].map((day) => days[day] ?? null);
}

describe('checkSlot', () => {
  it('accepts a slot inside opening hours', () => {
    expect(checkSlot(ny(MONDAY, '10:00'), 45, makeCtx())).toEqual({ kind: 'free' });
  });

  it('refuses a closed day', () => {
    expect(checkSlot(ny('2026-10-25', '10:00'), 30, makeCtx())).toEqual({
      kind: 'outside_hours',
      reason: 'The clinic is closed on Sundays',
    });
  });

  it('refuses a slot starting before opening', () => {
    expect(checkSlot(ny(MONDAY, '08:45'), 30, makeCtx())).toEqual({
      kind: 'outside_hours',
      reason: 'Outside opening hours (09:00–17:00 on Mondays)',
    });
  });

  it('refuses a slot ending after closing but accepts one ending exactly at closing', () => {
    expect(checkSlot(ny(MONDAY, '16:45'), 30, makeCtx())).toEqual({
      kind: 'outside_hours',
      reason: 'Outside opening hours (09:00–17:00 on Mondays)',
    });
    expect(checkSlot(ny(MONDAY, '16:30'), 30, makeCtx())).toEqual({ kind: 'free' });
    expect(checkSlot(ny('2026-10-31', '12:30'), 60, makeCtx())).toEqual({
      kind: 'outside_hours',
      reason: 'Outside opening hours (09:00–13:00 on Saturdays)',
    });
  });

  it('uses the clinic time zone, not UTC, for the day and time', () => {
    // 02:30Z on Tuesday is still Monday 22:30 in New York: after closing on Monday.
    expect(checkSlot('2026-10-27T02:30:00.000Z', 30, makeCtx())).toEqual({
      kind: 'outside_hours',
      reason: 'Outside opening hours (09:00–17:00 on Mondays)',
    });
  });

  it('applies clinician working hours narrower than opening hours', () => {
    const ctx = makeCtx({ workingHours: hoursOn({ 1: { open: '10:00', close: '14:00' } }) });
    expect(checkSlot(ny(MONDAY, '09:30'), 30, ctx)).toEqual({
      kind: 'outside_hours',
      reason: "Outside the clinician's working hours (10:00–14:00 on Mondays)",
    });
    expect(checkSlot(ny(MONDAY, '13:30'), 45, ctx).kind).toBe('outside_hours');
    expect(checkSlot(ny(MONDAY, '13:00'), 60, ctx)).toEqual({ kind: 'free' });
    expect(checkSlot(ny('2026-10-27', '11:00'), 30, ctx)).toEqual({
      kind: 'outside_hours',
      reason: 'The clinician does not work on Tuesdays',
    });
  });

  it('uses the intersection when each side limits one end', () => {
    const ctx = makeCtx({
      workingHours: hoursOn({ 1: { open: '08:00', close: '15:00' }, 3: { open: '17:00', close: '20:00' } }),
    });
    expect(checkSlot(ny(MONDAY, '08:30'), 30, ctx)).toEqual({
      kind: 'outside_hours',
      reason: 'Outside the hours the clinic is open and the clinician works (09:00–15:00 on Mondays)',
    });
    expect(checkSlot(ny(MONDAY, '14:30'), 60, ctx).kind).toBe('outside_hours');
    expect(checkSlot(ny('2026-10-28', '17:00'), 30, ctx)).toEqual({
      kind: 'outside_hours',
      reason: "The clinician's working hours do not overlap opening hours on Wednesdays",
    });
  });

  it('names the clashing session', () => {
    const ctx = makeCtx({ busy: [busy('s-1', ny(MONDAY, '10:00'), 45, { patientName: 'Ada Lovelace' })] });
    expect(checkSlot(ny(MONDAY, '10:30'), 30, ctx)).toEqual({
      kind: 'clash',
      clashes: [
        {
          sessionId: 's-1',
          start: '2026-10-26T14:00:00.000Z',
          end: '2026-10-26T14:45:00.000Z',
          patientName: 'Ada Lovelace',
          clinicianId: 'clin-1',
        },
      ],
    });
  });

  it('lists every clash in time order and treats touching sessions as free', () => {
    const ctx = makeCtx({
      busy: [busy('late', ny(MONDAY, '11:00'), 30), busy('early', ny(MONDAY, '10:00'), 30)],
    });
    const result = checkSlot(ny(MONDAY, '10:15'), 60, ctx);
    expect(result.kind === 'clash' && result.clashes.map((clash) => clash.sessionId)).toEqual(['early', 'late']);
    expect(checkSlot(ny(MONDAY, '10:30'), 30, ctx)).toEqual({ kind: 'free' });
  });

  it('ignores cancelled sessions and the given session ids', () => {
    const ctx = makeCtx({
      busy: [
        busy('cancelled', ny(MONDAY, '10:00'), 60, { status: 'cancelled' }),
        busy('moving', ny(MONDAY, '10:00'), 60, { status: 'scheduled' }),
      ],
    });
    expect(checkSlot(ny(MONDAY, '10:00'), 60, ctx).kind).toBe('clash');
    expect(checkSlot(ny(MONDAY, '10:00'), 60, ctx, { ignoreSessionIds: ['moving'] })).toEqual({ kind: 'free' });
  });

  it('reports hours before clashes', () => {
    const ctx = makeCtx({ busy: [busy('s-1', ny(MONDAY, '16:30'), 30)] });
    expect(checkSlot(ny(MONDAY, '16:30'), 60, ctx).kind).toBe('outside_hours');
  });
});

describe('freeSlots', () => {
  it('lists every free slot on the step grid from opening time', () => {
    const ctx = makeCtx({ busy: [busy('s-1', ny(MONDAY, '10:00'), 45)] });
    const slots = freeSlots(ny(MONDAY, '00:00'), ny('2026-10-27', '00:00'), 30, ctx);
    // 09:00…16:30 is 31 starts; 09:45, 10:00, 10:15 and 10:30 overlap 10:00–10:45.
    expect(slots).toHaveLength(27);
    expect(slots.slice(0, 4)).toEqual([
      ny(MONDAY, '09:00'),
      ny(MONDAY, '09:15'),
      ny(MONDAY, '09:30'),
      ny(MONDAY, '10:45'),
    ]);
    expect(slots.at(-1)).toBe(ny(MONDAY, '16:30'));
    expect(slots[0]).toBe('2026-10-26T13:00:00.000Z');
  });

  it('ignores cancelled sessions', () => {
    const ctx = makeCtx({ busy: [busy('s-1', ny(MONDAY, '09:00'), 480, { status: 'cancelled' })] });
    expect(freeSlots(ny(MONDAY, '09:00'), ny(MONDAY, '17:00'), 60, ctx, { stepMinutes: 60 })).toHaveLength(8);
  });

  it('starts at the first grid step at or after `from` and stops before `to`', () => {
    const slots = freeSlots(ny(MONDAY, '13:07'), ny(MONDAY, '14:00'), 30, makeCtx());
    expect(slots).toEqual([ny(MONDAY, '13:15'), ny(MONDAY, '13:30'), ny(MONDAY, '13:45')]);
  });

  it('keeps local opening time across the autumn DST change', () => {
    const slots = freeSlots('2026-10-30T00:00:00.000Z', '2026-11-03T00:00:00.000Z', 60, makeCtx(), {
      stepMinutes: 60,
    });
    const firstOfDay = new Map<string, string>();
    for (const slot of slots) if (!firstOfDay.has(slot.slice(0, 10))) firstOfDay.set(slot.slice(0, 10), slot);
    expect([...firstOfDay.values()]).toEqual([
      '2026-10-30T13:00:00.000Z', // Fri 09:00 EDT
      '2026-10-31T13:00:00.000Z', // Sat 09:00 EDT
      '2026-11-02T14:00:00.000Z', // Mon 09:00 EST (Sunday closed)
    ]);
    expect(slots).toHaveLength(8 + 4 + 8);
  });

  it('matches checkSlot for every grid step and stays cheap over four weeks', () => {
    const sessions = Array.from({ length: 80 }, (_, index) => {
      const day = String(2 + Math.floor(index / 4)).padStart(2, '0');
      return busy(`s-${index}`, ny(`2026-11-${day}`, `${10 + (index % 4) * 2}:00`), 45);
    });
    const ctx = makeCtx({
      busy: sessions,
      workingHours: hoursOn({ 1: weekdayHours(), 2: weekdayHours(), 4: weekdayHours() }),
    });
    const started = performance.now();
    const slots = freeSlots(ny('2026-11-02', '00:00'), ny('2026-11-30', '00:00'), 30, ctx);
    expect(performance.now() - started).toBeLessThan(500);

    const expected: string[] = [];
    for (let day = 2; day < 30; day += 1) {
      for (let minutes = 9 * 60; minutes <= 16.5 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const start = ny(`2026-11-${String(day).padStart(2, '0')}`, time);
        if (checkSlot(start, 30, ctx).kind === 'free') expected.push(start);
      }
    }
    expect(slots).toEqual(expected);
    expect(slots.length).toBeGreaterThan(100);
  });
});

function weekdayHours() {
  return { open: '09:30', close: '16:00' };
}

describe('nearestFreeSlot and nextFreeSlots', () => {
  const ctx = makeCtx({ busy: [busy('s-1', ny(MONDAY, '10:00'), 45)] });

  it('returns the requested start when it is free, even off the grid', () => {
    expect(nearestFreeSlot(ny(MONDAY, '11:05'), 30, ctx)).toBe(ny(MONDAY, '11:05'));
  });

  it('moves to the first free slot later the same day', () => {
    expect(nearestFreeSlot(ny(MONDAY, '10:00'), 30, ctx)).toBe('2026-10-26T14:45:00.000Z');
  });

  it('moves to the next open day when nothing fits today', () => {
    expect(nearestFreeSlot(ny(MONDAY, '16:45'), 30, ctx)).toBe(ny('2026-10-27', '09:00'));
    // Saturday after 12:30 → Sunday closed → Monday 09:00 EST.
    expect(nearestFreeSlot(ny('2026-10-31', '12:45'), 30, ctx)).toBe('2026-11-02T14:00:00.000Z');
  });

  it('returns null when nothing is free within searchDays', () => {
    const full = makeCtx({
      busy: ['26', '27', '28'].map((day) => busy(`d-${day}`, ny(`2026-10-${day}`, '09:00'), 480)),
    });
    expect(nearestFreeSlot(ny(MONDAY, '09:00'), 30, full, { searchDays: 2 })).toBeNull();
    expect(nearestFreeSlot(ny(MONDAY, '09:00'), 30, full, { searchDays: 3 })).toBe(ny('2026-10-29', '09:00'));
  });

  it('lists the next free slots for a conflict message', () => {
    expect(nextFreeSlots(ny(MONDAY, '09:30'), 30, ctx)).toEqual([
      ny(MONDAY, '09:30'),
      ny(MONDAY, '10:45'),
      ny(MONDAY, '11:00'),
    ]);
    expect(nextFreeSlots(ny(MONDAY, '09:45'), 30, ctx, 2)).toEqual([ny(MONDAY, '10:45'), ny(MONDAY, '11:00')]);
    expect(nextFreeSlots(ny(MONDAY, '09:45'), 30, ctx, 0)).toEqual([]);
  });
});
