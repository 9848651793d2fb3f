import { describe, expect, it } from 'vitest';
import { atClinicTime } from '@/lib/clinic-time';
import { callBucket, isInsideOpeningHours, postponeChoices, relativeDue } from '../call-times';

const tz = 'America/New_York';
const ny = (date: string, time: string) => atClinicTime(date, time, tz);
const weekdays = { open: '08:00', close: '18:00' };
const settings = {
  openingHours: [null, weekdays, weekdays, weekdays, weekdays, weekdays, { open: '09:00', close: '13:00' }],
  closedDates: ['2026-12-25'],
};
// Wednesday 25 November 2026, 23:30 in New York: already Thursday in UTC (and in Tokyo, where tests run).
const lateEvening = ny('2026-11-25', '23:30');
const open = (dueAt: string) => ({ status: 'due' as const, dueAt, doneAt: null });

describe('callBucket', () => {
  it('reads clinic calendar days, whatever the UTC date', () => {
    expect(callBucket(open(ny('2026-11-25', '08:00')), lateEvening, tz)).toBe('today');
    expect(callBucket(open(ny('2026-11-24', '17:00')), lateEvening, tz)).toBe('overdue');
    expect(callBucket(open(ny('2026-11-26', '08:00')), lateEvening, tz)).toBe('upcoming');
    expect(callBucket(open(ny('2026-12-02', '17:00')), lateEvening, tz)).toBe('upcoming');
    expect(callBucket(open(ny('2026-12-03', '08:00')), lateEvening, tz)).toBeNull();
  });

  it('puts calls closed in the last 7 clinic days under done recently', () => {
    const done = (doneAt: string) => ({ status: 'done' as const, dueAt: doneAt, doneAt });
    expect(callBucket(done(ny('2026-11-19', '09:00')), lateEvening, tz)).toBe('done_recently');
    expect(callBucket(done(ny('2026-11-18', '17:00')), lateEvening, tz)).toBeNull();
    expect(callBucket({ status: 'no_answer', dueAt: ny('2026-11-20', '09:00'), doneAt: null }, lateEvening, tz)).toBe(
      'overdue',
    );
  });
});

describe('relativeDue', () => {
  it('says overdue, today, tomorrow or in so many days', () => {
    expect(relativeDue(ny('2026-11-23', '09:00'), lateEvening, tz)).toBe('2 days overdue');
    expect(relativeDue(ny('2026-11-24', '09:00'), lateEvening, tz)).toBe('1 day overdue');
    expect(relativeDue(ny('2026-11-25', '09:00'), lateEvening, tz)).toBe('today');
    expect(relativeDue(ny('2026-11-26', '09:00'), lateEvening, tz)).toBe('tomorrow');
    expect(relativeDue(ny('2026-11-28', '09:00'), lateEvening, tz)).toBe('in 3 days');
  });
});

describe('postponing', () => {
  it('tomorrow and next week keep the time of day on an open day, inside its hours', () => {
    // Friday at 15:00: tomorrow is Saturday, open 09:00 to 13:00, so the last hour; next week is Friday.
    const choices = postponeChoices(ny('2026-11-27', '15:00'), ny('2026-11-27', '10:00'), tz, settings);
    expect(choices).toEqual({ tomorrow: ny('2026-11-28', '12:00'), nextWeek: ny('2026-12-04', '15:00') });
    // Thursday 24 December: tomorrow is a closed date, then Saturday.
    const christmas = postponeChoices(ny('2026-12-24', '10:00'), ny('2026-12-24', '10:00'), tz, settings);
    expect(christmas.tomorrow).toBe(ny('2026-12-26', '10:00'));
  });

  it('knows when the clinic is open, across the daylight-saving change', () => {
    expect(isInsideOpeningHours(ny('2026-11-02', '08:00'), tz, settings)).toBe(true);
    expect(isInsideOpeningHours(ny('2026-11-02', '18:00'), tz, settings)).toBe(false);
    expect(isInsideOpeningHours(ny('2026-11-01', '10:00'), tz, settings)).toBe(false);
    expect(isInsideOpeningHours(ny('2026-12-25', '10:00'), tz, settings)).toBe(false);
  });
});
