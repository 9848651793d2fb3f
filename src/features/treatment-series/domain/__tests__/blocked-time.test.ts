import { describe, expect, it } from 'vitest';
import type { BlockedPeriod } from '../availability';
import { bookableHoursOn, checkSlot, freeSlots, nextFreeSlots } from '../availability';
import { describeBlock } from '../describe-block';
import { proposeSeries } from '../proposals';
import { busy, makeCtx, TZ } from './fixtures';

// Friday 30 October 2026 (EDT, UTC-4); the domain's clinic is open 09:00–17:00 on weekdays.
// Friday 30 October 2026 (New York on EDT, UTC-4).

const fridayAfternoon: BlockedPeriod = {
  id: 'blk-1',
  clinicianId: 'clin-1',
  start: '2026-10-30T17:00:00.000Z',
  end: '2026-10-30T21:00:00.000Z',
  kind: 'training',
  reason: 'Foam sclerotherapy course',
};

describe('blocked time', () => {
  it('refuses a slot that overlaps a block and names it, even by one minute', () => {
    const ctx = makeCtx({ blocks: [fridayAfternoon] });
    expect(checkSlot('2026-10-30T18:00:00.000Z', 45, ctx)).toEqual({ kind: 'blocked', blocks: [fridayAfternoon] });
    expect(checkSlot('2026-10-30T16:30:00.000Z', 31, ctx)).toEqual({ kind: 'blocked', blocks: [fridayAfternoon] });
    // Ending exactly when the block starts is free.
    expect(checkSlot('2026-10-30T16:15:00.000Z', 45, ctx)).toEqual({ kind: 'free' });
  });

  it('leaves no free slot inside a block and offers the next free slots after it', () => {
    const ctx = makeCtx({ blocks: [fridayAfternoon], busy: [busy('a', '2026-11-02T14:00:00.000Z', 60)] });
    const friday = freeSlots('2026-10-30T04:00:00.000Z', '2026-10-31T04:00:00.000Z', 60, ctx, { stepMinutes: 60 });
    expect(friday).toEqual([
      '2026-10-30T13:00:00.000Z',
      '2026-10-30T14:00:00.000Z',
      '2026-10-30T15:00:00.000Z',
      '2026-10-30T16:00:00.000Z',
    ]);
    // Saturday is open 09:00–13:00; Monday 09:00 is taken by a session.
    expect(nextFreeSlots('2026-10-30T18:00:00.000Z', 60, ctx, 3, { stepMinutes: 60 })).toEqual([
      '2026-10-31T13:00:00.000Z',
      '2026-10-31T14:00:00.000Z',
      '2026-10-31T15:00:00.000Z',
    ]);
  });

  it('a leave of several days blocks each of them, across the DST change', () => {
    const leave: BlockedPeriod = {
      ...fridayAfternoon,
      kind: 'leave',
      reason: 'Holiday',
      start: '2026-10-30T04:00:00.000Z',
      end: '2026-11-03T05:00:00.000Z',
    };
    const ctx = makeCtx({ blocks: [leave] });
    expect(nextFreeSlots('2026-10-30T13:00:00.000Z', 45, ctx, 1)).toEqual(['2026-11-03T14:00:00.000Z']);
    expect(describeBlock(leave, TZ, 'Elena Park')).toBe(
      'Elena Park is blocked for Leave (Holiday) from Fri 30 Oct, 00:00 to Tue 3 Nov, 00:00',
    );
    expect(describeBlock(fridayAfternoon, TZ, null)).toBe(
      'The clinic is blocked for Training (Foam sclerotherapy course) on Fri 30 Oct, 13:00–17:00',
    );
  });

  it('proposals move a later visit out of a block', () => {
    const block = { ...fridayAfternoon, start: '2026-11-13T14:00:00.000Z', end: '2026-11-13T22:00:00.000Z' };
    const proposals = proposeSeries({
      firstStart: '2026-10-30T14:00:00.000Z',
      plannedSessions: 2,
      spacingDays: 14,
      durationMinutes: 45,
      ctx: makeCtx({ blocks: [block] }),
    });
    expect(proposals[1]).toMatchObject({
      idealStart: '2026-11-13T15:00:00.000Z',
      moved: true,
      check: { kind: 'free' },
    });
    expect(proposals[1]?.start).toBe('2026-11-14T14:00:00.000Z');
  });
});

describe('closed dates', () => {
  const christmas = makeCtx({ closedDates: ['2026-12-25'] });

  it('a closed date is not bookable, whatever its weekday hours', () => {
    expect(bookableHoursOn('2026-12-25', christmas)).toEqual({
      hours: null,
      reason: 'The clinic is closed on Fri 25 Dec 2026',
    });
    expect(checkSlot('2026-12-25T15:00:00.000Z', 45, christmas)).toEqual({
      kind: 'outside_hours',
      reason: 'The clinic is closed on Fri 25 Dec 2026',
    });
    expect(bookableHoursOn('2026-12-24', christmas).hours).toEqual({ open: '09:00', close: '17:00' });
  });

  it('free slots and proposals skip it', () => {
    expect(nextFreeSlots('2026-12-24T21:15:00.000Z', 45, christmas, 2)).toEqual([
      '2026-12-24T21:15:00.000Z',
      '2026-12-26T14:00:00.000Z',
    ]);
    const proposals = proposeSeries({
      firstStart: '2026-12-11T15:00:00.000Z',
      plannedSessions: 2,
      spacingDays: 14,
      durationMinutes: 45,
      ctx: christmas,
    });
    expect(proposals[1]).toMatchObject({ idealStart: '2026-12-25T15:00:00.000Z', start: '2026-12-26T14:00:00.000Z' });
  });
});
