import { describe, expect, it } from 'vitest';
import { atClinicTime } from '@/lib/clinic-time';
import type { BlockedPeriod } from '../availability';
import { bookableHoursOn, checkSlot, freeSlots, nextFreeSlots } from '../availability';
import { describeBlock } from '../describe-block';
import { proposeSeries } from '../proposals';
import { busy, makeCtx, TZ } from './fixtures';

const ny = (date: string, time: string) => atClinicTime(date, time, TZ);

// Friday 30 October 2026 (EDT, UTC-4); the domain's clinic is open 09:00–17:00 on weekdays.
const FRIDAY = '2026-10-30';

const fridayAfternoon: BlockedPeriod = {
  id: 'blk-1',
  clinicianId: 'clin-1',
  start: ny(FRIDAY, '13:00'),
  end: ny(FRIDAY, '17:00'),
  kind: 'training',
  reason: 'Foam sclerotherapy course',
};

describe('blocked time', () => {
  it('refuses a slot that overlaps a block and names it, even by one minute', () => {
    const ctx = makeCtx({ blocks: [fridayAfternoon] });
    expect(checkSlot(ny(FRIDAY, '14:00'), 45, ctx)).toEqual({ kind: 'blocked', blocks: [fridayAfternoon] });
    expect(checkSlot(ny(FRIDAY, '12:30'), 31, ctx)).toEqual({ kind: 'blocked', blocks: [fridayAfternoon] });
    // Ending exactly when the block starts is free.
    expect(checkSlot(ny(FRIDAY, '12:15'), 45, ctx)).toEqual({ kind: 'free' });
  });

  it('leaves no free slot inside a block and offers the next free slots after it', () => {
    const ctx = makeCtx({ blocks: [fridayAfternoon], busy: [busy('a', ny('2026-11-02', '09:00'), 60)] });
    const friday = freeSlots(ny(FRIDAY, '00:00'), ny('2026-10-31', '00:00'), 60, ctx, { stepMinutes: 60 });
    expect(friday).toEqual([ny(FRIDAY, '09:00'), ny(FRIDAY, '10:00'), ny(FRIDAY, '11:00'), ny(FRIDAY, '12:00')]);
    // Saturday is open 09:00–13:00; Monday 09:00 is taken by a session.
    expect(nextFreeSlots(ny(FRIDAY, '14:00'), 60, ctx, 3, { stepMinutes: 60 })).toEqual([
      ny('2026-10-31', '09:00'),
      ny('2026-10-31', '10:00'),
      ny('2026-10-31', '11:00'),
    ]);
  });

  it('a leave of several days blocks each of them, across the DST change', () => {
    const leave: BlockedPeriod = {
      ...fridayAfternoon,
      kind: 'leave',
      reason: 'Holiday',
      start: ny(FRIDAY, '00:00'),
      end: ny('2026-11-03', '00:00'),
    };
    const ctx = makeCtx({ blocks: [leave] });
    expect(nextFreeSlots(ny(FRIDAY, '09:00'), 45, ctx, 1)).toEqual([ny('2026-11-03', '09:00')]);
    expect(describeBlock(leave, TZ, 'Elena Park')).toBe(
      'Elena Park is blocked for Leave (Holiday) from Fri 30 Oct, 00:00 to Tue 3 Nov, 00:00',
    );
    expect(describeBlock(fridayAfternoon, TZ, null)).toBe(
      'The clinic is blocked for Training (Foam sclerotherapy course) on Fri 30 Oct, 13:00–17:00',
    );
  });

  it('proposals move a later visit out of a block', () => {
    const block = { ...fridayAfternoon, start: ny('2026-11-13', '09:00'), end: ny('2026-11-13', '17:00') };
    const proposals = proposeSeries({
      firstStart: ny(FRIDAY, '10:00'),
      plannedSessions: 2,
      spacingDays: 14,
      durationMinutes: 45,
      ctx: makeCtx({ blocks: [block] }),
    });
    expect(proposals[1]).toMatchObject({ idealStart: ny('2026-11-13', '10:00'), moved: true, check: { kind: 'free' } });
    expect(proposals[1]?.start).toBe(ny('2026-11-14', '09:00'));
  });
});

describe('closed dates', () => {
  const christmas = makeCtx({ closedDates: ['2026-12-25'] });

  it('a closed date is not bookable, whatever its weekday hours', () => {
    expect(bookableHoursOn('2026-12-25', christmas)).toEqual({
      hours: null,
      reason: 'The clinic is closed on Fri 25 Dec 2026',
    });
    expect(checkSlot(ny('2026-12-25', '10:00'), 45, christmas)).toEqual({
      kind: 'outside_hours',
      reason: 'The clinic is closed on Fri 25 Dec 2026',
    });
    expect(bookableHoursOn('2026-12-24', christmas).hours).toEqual({ open: '09:00', close: '17:00' });
  });

  it('free slots and proposals skip it', () => {
    expect(nextFreeSlots(ny('2026-12-24', '16:15'), 45, christmas, 2)).toEqual([
      ny('2026-12-24', '16:15'),
      ny('2026-12-26', '09:00'),
    ]);
    const proposals = proposeSeries({
      firstStart: ny('2026-12-11', '10:00'),
      plannedSessions: 2,
      spacingDays: 14,
      durationMinutes: 45,
      ctx: christmas,
    });
    expect(proposals[1]).toMatchObject({ idealStart: ny('2026-12-25', '10:00'), start: ny('2026-12-26', '09:00') });
  });
});
