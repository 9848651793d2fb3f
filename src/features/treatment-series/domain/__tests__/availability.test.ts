import { hoursOn } from '@tests/clinic-week';
import { describe, expect, it } from 'vitest';
import { checkSlot, freeSlots, nearestFreeSlot, nextFreeSlots } from '../availability';
import { busy, fourBusyWeeks, makeCtx, novemberEst } from './fixtures';

// Monday 26 October 2026: New York is on EDT (UTC-4), so 10:00 clinic time is 14:00Z.

describe('checkSlot', () => {
  it('accepts a slot inside opening hours', () => {
    expect(checkSlot('2026-10-26T14:00:00.000Z', 45, makeCtx())).toEqual({ kind: 'free' });
  });

  it('refuses a closed day', () => {
    expect(checkSlot('2026-10-25T14:00:00.000Z', 30, makeCtx())).toEqual({
      kind: 'outside_hours',
      reason: 'The clinic is closed on Sundays',
    });
  });

  it('refuses a slot starting before opening', () => {
    expect(checkSlot('2026-10-26T12:45:00.000Z', 30, makeCtx())).toEqual({
      kind: 'outside_hours',
      reason: 'Outside opening hours (09:00–17:00 on Mondays)',
    });
  });

  it('refuses a slot ending after closing but accepts one ending exactly at closing', () => {
    expect(checkSlot('2026-10-26T20:45:00.000Z', 30, makeCtx())).toEqual({
      kind: 'outside_hours',
      reason: 'Outside opening hours (09:00–17:00 on Mondays)',
    });
    expect(checkSlot('2026-10-26T20:30:00.000Z', 30, makeCtx())).toEqual({ kind: 'free' });
    expect(checkSlot('2026-10-31T16:30:00.000Z', 60, makeCtx())).toEqual({
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
    expect(checkSlot('2026-10-26T13:30:00.000Z', 30, ctx)).toEqual({
      kind: 'outside_hours',
      reason: "Outside the clinician's working hours (10:00–14:00 on Mondays)",
    });
    expect(checkSlot('2026-10-26T17:30:00.000Z', 45, ctx).kind).toBe('outside_hours');
    expect(checkSlot('2026-10-26T17:00:00.000Z', 60, ctx)).toEqual({ kind: 'free' });
    expect(checkSlot('2026-10-27T15:00:00.000Z', 30, ctx)).toEqual({
      kind: 'outside_hours',
      reason: 'The clinician does not work on Tuesdays',
    });
  });

  it('uses the intersection when each side limits one end', () => {
    const ctx = makeCtx({
      workingHours: hoursOn({ 1: { open: '08:00', close: '15:00' }, 3: { open: '17:00', close: '20:00' } }),
    });
    expect(checkSlot('2026-10-26T12:30:00.000Z', 30, ctx)).toEqual({
      kind: 'outside_hours',
      reason: 'Outside the hours the clinic is open and the clinician works (09:00–15:00 on Mondays)',
    });
    expect(checkSlot('2026-10-26T18:30:00.000Z', 60, ctx).kind).toBe('outside_hours');
    expect(checkSlot('2026-10-28T21:00:00.000Z', 30, ctx)).toEqual({
      kind: 'outside_hours',
      reason: "The clinician's working hours do not overlap opening hours on Wednesdays",
    });
  });

  it('names the clashing session', () => {
    const ctx = makeCtx({ busy: [busy('s-1', '2026-10-26T14:00:00.000Z', 45, { patientName: 'Ada Lovelace' })] });
    expect(checkSlot('2026-10-26T14:30:00.000Z', 30, ctx)).toEqual({
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
      busy: [busy('late', '2026-10-26T15:00:00.000Z', 30), busy('early', '2026-10-26T14:00:00.000Z', 30)],
    });
    const result = checkSlot('2026-10-26T14:15:00.000Z', 60, ctx);
    expect(result.kind === 'clash' && result.clashes.map((clash) => clash.sessionId)).toEqual(['early', 'late']);
    expect(checkSlot('2026-10-26T14:30:00.000Z', 30, ctx)).toEqual({ kind: 'free' });
  });

  it('ignores cancelled sessions and the given session ids', () => {
    const ctx = makeCtx({
      busy: [
        busy('cancelled', '2026-10-26T14:00:00.000Z', 60, { status: 'cancelled' }),
        busy('moving', '2026-10-26T14:00:00.000Z', 60, { status: 'scheduled' }),
      ],
    });
    expect(checkSlot('2026-10-26T14:00:00.000Z', 60, ctx).kind).toBe('clash');
    expect(checkSlot('2026-10-26T14:00:00.000Z', 60, ctx, { ignoreSessionIds: ['moving'] })).toEqual({ kind: 'free' });
  });

  it('refuses a length that is not a positive number of minutes', () => {
    for (const minutes of [0, -30, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => checkSlot('2026-10-26T14:00:00.000Z', minutes, makeCtx())).toThrow(
        `durationMinutes must be positive, got ${minutes}`,
      );
    }
    expect(checkSlot('2026-10-26T14:00:00.000Z', 0.5, makeCtx())).toEqual({ kind: 'free' });
  });

  it('reports hours before clashes', () => {
    const ctx = makeCtx({ busy: [busy('s-1', '2026-10-26T20:30:00.000Z', 30)] });
    expect(checkSlot('2026-10-26T20:30:00.000Z', 60, ctx).kind).toBe('outside_hours');
  });
});

describe('freeSlots', () => {
  it('lists every free slot on the step grid from opening time', () => {
    const ctx = makeCtx({ busy: [busy('s-1', '2026-10-26T14:00:00.000Z', 45)] });
    const slots = freeSlots('2026-10-26T04:00:00.000Z', '2026-10-27T04:00:00.000Z', 30, ctx);
    // 09:00…16:30 is 31 starts; 09:45, 10:00, 10:15 and 10:30 overlap 10:00–10:45.
    expect(slots).toHaveLength(27);
    expect(slots.slice(0, 4)).toEqual([
      '2026-10-26T13:00:00.000Z',
      '2026-10-26T13:15:00.000Z',
      '2026-10-26T13:30:00.000Z',
      '2026-10-26T14:45:00.000Z',
    ]);
    expect(slots.at(-1)).toBe('2026-10-26T20:30:00.000Z');
    expect(slots[0]).toBe('2026-10-26T13:00:00.000Z');
  });

  it('refuses a length or step that is not positive, and finds nothing in an empty range', () => {
    const monday = '2026-10-26T13:00:00.000Z';
    expect(() => freeSlots(monday, '2026-10-26T21:00:00.000Z', 0, makeCtx())).toThrow(
      'durationMinutes must be positive',
    );
    expect(() => freeSlots(monday, '2026-10-26T21:00:00.000Z', 30, makeCtx(), { stepMinutes: 0 })).toThrow(
      'stepMinutes must be positive, got 0',
    );
    expect(freeSlots(monday, monday, 30, makeCtx())).toEqual([]);
    expect(freeSlots('2026-10-26T21:00:00.000Z', monday, 30, makeCtx())).toEqual([]);
  });

  it('ignores cancelled sessions', () => {
    const ctx = makeCtx({ busy: [busy('s-1', '2026-10-26T13:00:00.000Z', 480, { status: 'cancelled' })] });
    expect(
      freeSlots('2026-10-26T13:00:00.000Z', '2026-10-26T21:00:00.000Z', 60, ctx, { stepMinutes: 60 }),
    ).toHaveLength(8);
  });

  it('starts at the first grid step at or after `from` and stops before `to`', () => {
    const slots = freeSlots('2026-10-26T17:07:00.000Z', '2026-10-26T18:00:00.000Z', 30, makeCtx());
    expect(slots).toEqual(['2026-10-26T17:15:00.000Z', '2026-10-26T17:30:00.000Z', '2026-10-26T17:45:00.000Z']);
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

  it('matches checkSlot for every grid step over four weeks', () => {
    const ctx = fourBusyWeeks();
    const slots = freeSlots('2026-11-02T05:00:00.000Z', '2026-11-30T05:00:00.000Z', 30, ctx);

    const expected: string[] = [];
    for (let day = 2; day < 30; day += 1) {
      for (let minutes = 9 * 60; minutes <= 16.5 * 60; minutes += 15) {
        const start = novemberEst(day, minutes);
        if (checkSlot(start, 30, ctx).kind === 'free') expected.push(start);
      }
    }
    expect(slots).toEqual(expected);
    expect(slots.length).toBeGreaterThan(100);
  });
});

describe('nearestFreeSlot and nextFreeSlots', () => {
  const ctx = makeCtx({ busy: [busy('s-1', '2026-10-26T14:00:00.000Z', 45)] });

  it('returns the requested start when it is free, even off the grid', () => {
    expect(nearestFreeSlot('2026-10-26T15:05:00.000Z', 30, ctx)).toBe('2026-10-26T15:05:00.000Z');
  });

  it('moves to the first free slot later the same day', () => {
    expect(nearestFreeSlot('2026-10-26T14:00:00.000Z', 30, ctx)).toBe('2026-10-26T14:45:00.000Z');
  });

  it('moves to the next open day when nothing fits today', () => {
    expect(nearestFreeSlot('2026-10-26T20:45:00.000Z', 30, ctx)).toBe('2026-10-27T13:00:00.000Z');
    // Saturday after 12:30 → Sunday closed → Monday 09:00 EST.
    expect(nearestFreeSlot('2026-10-31T16:45:00.000Z', 30, ctx)).toBe('2026-11-02T14:00:00.000Z');
  });

  it('returns null when nothing is free within searchDays', () => {
    const full = makeCtx({
      // 09:00–17:00 EDT, Monday to Wednesday.
      busy: ['26', '27', '28'].map((day) => busy(`d-${day}`, `2026-10-${day}T13:00:00.000Z`, 480)),
    });
    expect(nearestFreeSlot('2026-10-26T13:00:00.000Z', 30, full, { searchDays: 2 })).toBeNull();
    expect(nearestFreeSlot('2026-10-26T13:00:00.000Z', 30, full, { searchDays: 3 })).toBe('2026-10-29T13:00:00.000Z');
  });

  it('lists the next free slots for a conflict message', () => {
    expect(nextFreeSlots('2026-10-26T13:30:00.000Z', 30, ctx)).toEqual([
      '2026-10-26T13:30:00.000Z',
      '2026-10-26T14:45:00.000Z',
      '2026-10-26T15:00:00.000Z',
    ]);
    expect(nextFreeSlots('2026-10-26T13:45:00.000Z', 30, ctx, 2)).toEqual([
      '2026-10-26T14:45:00.000Z',
      '2026-10-26T15:00:00.000Z',
    ]);
    expect(nextFreeSlots('2026-10-26T13:45:00.000Z', 30, ctx, 0)).toEqual([]);
  });
});
