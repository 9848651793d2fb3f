import { describe, expect, it } from 'vitest';
import { ny, TZ, weekdayHours, withSaturday } from '../../../../../tests/clinic-week';
import { preferredTimeWindows, shouldSuggestClosing, suggestNextAttempt } from '../next-attempt';

const base = { tz: TZ, openingHours: withSaturday, lastAttemptAt: null };

describe('suggestNextAttempt', () => {
  it('exports the preferred windows', () => {
    expect(preferredTimeWindows.morning).toEqual({ start: '09:00', end: '12:00' });
    expect(preferredTimeWindows.evening).toEqual({ start: '17:00', end: '20:00' });
  });

  it('suggests now when now is inside a preferred window (rounded up to the minute)', () => {
    const now = '2026-10-26T17:20:30.000Z'; // Monday 13:20:30 EDT
    expect(suggestNextAttempt({ ...base, preferredTimes: ['afternoon'], now })).toBe(ny('2026-10-26', '13:21'));
  });

  it('waits two hours after the last attempt and moves to the next window that still has room', () => {
    const input = { ...base, lastAttemptAt: ny('2026-10-26', '10:00'), now: ny('2026-10-26', '10:05') };
    expect(suggestNextAttempt({ ...input, preferredTimes: ['morning'] })).toBe(ny('2026-10-27', '09:00'));
    expect(suggestNextAttempt({ ...input, preferredTimes: ['morning', 'evening'] })).toBe(ny('2026-10-26', '17:00'));
    expect(suggestNextAttempt({ ...input, preferredTimes: ['afternoon'] })).toBe(ny('2026-10-26', '12:00'));
    const late = { ...input, lastAttemptAt: ny('2026-10-26', '10:30') };
    expect(suggestNextAttempt({ ...late, preferredTimes: ['afternoon'] })).toBe(ny('2026-10-26', '12:30'));
  });

  it('uses opening hours when there is no preference', () => {
    const input = {
      ...base,
      preferredTimes: [],
      lastAttemptAt: ny('2026-10-26', '15:30'),
      now: ny('2026-10-26', '16:30'),
    };
    expect(suggestNextAttempt(input)).toBe(ny('2026-10-27', '09:00'));
    expect(suggestNextAttempt({ ...base, preferredTimes: [], now: ny('2026-10-31', '12:30') })).toBe(
      ny('2026-10-31', '12:30'),
    );
  });

  it('skips closed days and crosses the DST change at local time', () => {
    // Saturday after the 13:00 close, weekends closed: Monday 09:00 EST.
    const now = ny('2026-10-31', '14:00');
    expect(suggestNextAttempt({ ...base, openingHours: weekdayHours, preferredTimes: ['morning'], now })).toBe(
      '2026-11-02T14:00:00.000Z',
    );
    // Saturday is open, so an evening call that day is fine; Sunday is not.
    expect(suggestNextAttempt({ ...base, preferredTimes: ['evening'], now })).toBe(ny('2026-10-31', '17:00'));
    expect(suggestNextAttempt({ ...base, preferredTimes: ['evening'], now: ny('2026-10-31', '20:30') })).toBe(
      ny('2026-11-02', '17:00'),
    );
  });

  it('never suggests a time before now', () => {
    const now = ny('2026-10-27', '11:00');
    const suggestion = suggestNextAttempt({
      ...base,
      preferredTimes: ['morning'],
      lastAttemptAt: ny('2026-10-20', '09:00'),
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
  });
});
