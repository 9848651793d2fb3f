import { TZ, weekdayHours, withSaturday } from '@tests/clinic-week';
import { describe, expect, it } from 'vitest';
import { preferredTimeWindows, shouldSuggestClosing, suggestNextAttempt } from '../next-attempt';

const base = { tz: TZ, openingHours: withSaturday, lastAttemptAt: null };

describe('suggestNextAttempt', () => {
  it('exports the preferred windows', () => {
    expect(preferredTimeWindows.morning).toEqual({ start: '09:00', end: '12:00' });
    expect(preferredTimeWindows.evening).toEqual({ start: '17:00', end: '20:00' });
  });

  it('suggests now when now is inside a preferred window (rounded up to the minute)', () => {
    const now = '2026-10-26T17:20:30.000Z'; // Monday 13:20:30 EDT
    expect(suggestNextAttempt({ ...base, preferredTimes: ['afternoon'], now })).toBe('2026-10-26T17:21:00.000Z');
  });

  it('waits two hours after the last attempt and moves to the next window that still has room', () => {
    const input = { ...base, lastAttemptAt: '2026-10-26T14:00:00.000Z', now: '2026-10-26T14:05:00.000Z' };
    expect(suggestNextAttempt({ ...input, preferredTimes: ['morning'] })).toBe('2026-10-27T13:00:00.000Z');
    expect(suggestNextAttempt({ ...input, preferredTimes: ['morning', 'evening'] })).toBe('2026-10-26T21:00:00.000Z');
    expect(suggestNextAttempt({ ...input, preferredTimes: ['afternoon'] })).toBe('2026-10-26T16:00:00.000Z');
    const late = { ...input, lastAttemptAt: '2026-10-26T14:30:00.000Z' };
    expect(suggestNextAttempt({ ...late, preferredTimes: ['afternoon'] })).toBe('2026-10-26T16:30:00.000Z');
  });

  it('suggests the earliest of several free windows, whatever their order', () => {
    const now = '2026-10-26T12:00:00.000Z'; // Monday 08:00 EDT
    expect(suggestNextAttempt({ ...base, preferredTimes: ['evening', 'morning'], now })).toBe(
      '2026-10-26T13:00:00.000Z',
    );
    expect(suggestNextAttempt({ ...base, preferredTimes: ['afternoon', 'morning'], now })).toBe(
      '2026-10-26T13:00:00.000Z',
    );
  });

  it("allows a call two hours after the last one, and none at a window's end", () => {
    const input = { ...base, preferredTimes: ['afternoon' as const], lastAttemptAt: '2026-10-26T17:00:00.000Z' };
    expect(suggestNextAttempt({ ...input, now: '2026-10-26T17:30:00.000Z' })).toBe('2026-10-26T19:00:00.000Z');
    // Monday 17:00 EDT is the afternoon window's end: the next afternoon starts Tuesday 12:00.
    expect(suggestNextAttempt({ ...base, preferredTimes: ['afternoon'], now: '2026-10-26T21:00:00.000Z' })).toBe(
      '2026-10-27T16:00:00.000Z',
    );
  });

  it('finds the next open day a week ahead, and refuses a week with no open day', () => {
    const mondaysOnly = [null, { open: '09:00', close: '17:00' }, null, null, null, null, null];
    const now = '2026-10-26T22:00:00.000Z'; // Monday 18:00 EDT, after the close
    expect(suggestNextAttempt({ ...base, openingHours: mondaysOnly, preferredTimes: [], now })).toBe(
      '2026-11-02T14:00:00.000Z',
    );
    const closed = [null, null, null, null, null, null, null];
    expect(() => suggestNextAttempt({ ...base, openingHours: closed, preferredTimes: [], now })).toThrow(
      'The clinic is not open on any day of the week',
    );
  });

  it('uses opening hours when there is no preference', () => {
    const input = {
      ...base,
      preferredTimes: [],
      lastAttemptAt: '2026-10-26T19:30:00.000Z',
      now: '2026-10-26T20:30:00.000Z',
    };
    expect(suggestNextAttempt(input)).toBe('2026-10-27T13:00:00.000Z');
    expect(suggestNextAttempt({ ...base, preferredTimes: [], now: '2026-10-31T16:30:00.000Z' })).toBe(
      '2026-10-31T16:30:00.000Z',
    );
  });

  it('skips closed days and crosses the DST change at local time', () => {
    // Saturday after the 13:00 close, weekends closed: Monday 09:00 EST.
    const now = '2026-10-31T18:00:00.000Z';
    expect(suggestNextAttempt({ ...base, openingHours: weekdayHours, preferredTimes: ['morning'], now })).toBe(
      '2026-11-02T14:00:00.000Z',
    );
    // Saturday is open, so an evening call that day is fine; Sunday is not.
    expect(suggestNextAttempt({ ...base, preferredTimes: ['evening'], now })).toBe('2026-10-31T21:00:00.000Z');
    expect(suggestNextAttempt({ ...base, preferredTimes: ['evening'], now: '2026-11-01T00:30:00.000Z' })).toBe(
      '2026-11-02T22:00:00.000Z',
    );
  });

  it('never suggests a time before now', () => {
    const now = '2026-10-27T15:00:00.000Z';
    const suggestion = suggestNextAttempt({
      ...base,
      preferredTimes: ['morning'],
      lastAttemptAt: '2026-10-20T13:00:00.000Z',
      now,
    });
    expect(suggestion).toBe(now);
  });
});

describe('shouldSuggestClosing', () => {
  it('counts failed attempts since the last time the person was reached', () => {
    expect(
      shouldSuggestClosing([{ outcome: 'no_answer' }, { outcome: 'voicemail' }, { outcome: 'wrong_number' }], 3),
    ).toBe(true);
    expect(shouldSuggestClosing([{ outcome: 'no_answer' }, { outcome: 'reached' }, { outcome: 'no_answer' }], 2)).toBe(
      false,
    );
    expect(shouldSuggestClosing([], 1)).toBe(false);
  });

  it('does not count emails', () => {
    const attempts = [{ outcome: 'no_answer' }, { outcome: 'emailed' }, { outcome: 'voicemail' }] as const;
    expect(shouldSuggestClosing(attempts, 2)).toBe(true);
    expect(shouldSuggestClosing(attempts, 3)).toBe(false);
  });

  it('orders attempts by time when they carry one', () => {
    const newestFirst = [
      { outcome: 'no_answer', at: '2026-10-28T14:00:00.000Z' },
      { outcome: 'voicemail', at: '2026-10-27T14:00:00.000Z' },
      { outcome: 'reached', at: '2026-10-26T14:00:00.000Z' },
    ];
    expect(shouldSuggestClosing(newestFirst, 2)).toBe(true);
    expect(shouldSuggestClosing(newestFirst, 3)).toBe(false);
    // Oldest first already: reaching the person last resets the count.
    const oldestFirst = [
      { outcome: 'no_answer', at: '2026-10-26T14:00:00.000Z' },
      { outcome: 'voicemail', at: '2026-10-27T14:00:00.000Z' },
      { outcome: 'reached', at: '2026-10-28T14:00:00.000Z' },
    ];
    expect(shouldSuggestClosing(oldestFirst, 1)).toBe(false);
  });

  it('reads attempts as given, oldest first, when one has no time', () => {
    const oldestFirst = [
      { outcome: 'reached', at: '2026-10-28T14:00:00.000Z' },
      { outcome: 'no_answer' },
      { outcome: 'voicemail', at: '2026-10-26T14:00:00.000Z' },
    ];
    expect(shouldSuggestClosing(oldestFirst, 2)).toBe(true);
  });

  it('suggests closing at the threshold, not only above it', () => {
    expect(shouldSuggestClosing([{ outcome: 'no_answer' }, { outcome: 'no_answer' }], 2)).toBe(true);
    expect(shouldSuggestClosing([{ outcome: 'no_answer' }], 2)).toBe(false);
  });
});
