import { describe, expect, it } from 'vitest';
import { type CallHours, callDueAt } from '../call-due-time';
import { ny, openingHours, TZ } from './fixtures';

/** Weekdays 09:00–17:00, Saturdays 09:00–13:00, closed Sundays and on Thanksgiving. */
const hours: CallHours = { timeZone: TZ, openingHours, closedDates: ['2026-11-26'] };

describe('callDueAt', () => {
  it('keeps a time inside opening hours as it is', () => {
    expect(callDueAt(ny('2026-11-24', '10:15'), hours)).toBe(ny('2026-11-24', '10:15'));
  });

  it('moves a time before opening to opening time that day', () => {
    expect(callDueAt(ny('2026-11-24', '06:30'), hours)).toBe(ny('2026-11-24', '09:00'));
  });

  it('moves a time at or after closing to the next open day, never at closing itself', () => {
    expect(callDueAt(ny('2026-11-24', '17:00'), hours)).toBe(ny('2026-11-25', '09:00'));
    expect(callDueAt(ny('2026-11-24', '21:40'), hours)).toBe(ny('2026-11-25', '09:00'));
  });

  it('skips a closed weekday (Sunday) and a closed date (holiday)', () => {
    expect(callDueAt(ny('2026-11-29', '11:00'), hours)).toBe(ny('2026-11-30', '09:00'));
    expect(callDueAt(ny('2026-11-26', '11:00'), hours)).toBe(ny('2026-11-27', '09:00'));
    // Wednesday after closing: Thursday is the holiday, so Friday.
    expect(callDueAt(ny('2026-11-25', '17:30'), hours)).toBe(ny('2026-11-27', '09:00'));
  });

  it('uses the short Saturday hours', () => {
    expect(callDueAt(ny('2026-11-28', '13:30'), hours)).toBe(ny('2026-11-30', '09:00'));
    expect(callDueAt(ny('2026-11-28', '12:59'), hours)).toBe(ny('2026-11-28', '12:59'));
  });

  it('reads opening hours in clinic time across the DST changes', () => {
    // Fall back on Sun 1 Nov 2026: 09:00 on Monday is 14:00Z (EST), on the Saturday before 13:00Z (EDT).
    expect(callDueAt('2026-11-01T20:00:00.000Z', hours)).toBe('2026-11-02T14:00:00.000Z');
    expect(callDueAt('2026-10-31T05:00:00.000Z', hours)).toBe('2026-10-31T13:00:00.000Z');
    // Spring forward on Sun 8 Mar 2026: Monday 09:00 EDT is 13:00Z.
    expect(callDueAt('2026-03-08T12:00:00.000Z', hours)).toBe('2026-03-09T13:00:00.000Z');
  });

  it('waits for a preferred time of day, inside opening hours', () => {
    expect(callDueAt(ny('2026-11-24', '10:00'), hours, ['afternoon'])).toBe(ny('2026-11-24', '12:00'));
    expect(callDueAt(ny('2026-11-24', '14:00'), hours, ['morning'])).toBe(ny('2026-11-25', '09:00'));
    expect(callDueAt(ny('2026-11-24', '14:00'), hours, ['morning', 'afternoon'])).toBe(ny('2026-11-24', '14:00'));
    // Evenings start at 17:00, when the clinic closes: any opening time then.
    expect(callDueAt(ny('2026-11-24', '10:00'), hours, ['evening'])).toBe(ny('2026-11-24', '10:00'));
  });

  it('finds a preferred afternoon after a Saturday that closes at 13:00', () => {
    expect(callDueAt(ny('2026-11-28', '09:30'), hours, ['afternoon'])).toBe(ny('2026-11-28', '12:00'));
    expect(callDueAt(ny('2026-11-28', '12:30'), hours, ['evening', 'afternoon'])).toBe(ny('2026-11-28', '12:30'));
  });

  it('refuses settings where the clinic never opens', () => {
    expect(() => callDueAt(ny('2026-11-24', '10:00'), { ...hours, openingHours: Array(7).fill(null) })).toThrow(
      RangeError,
    );
  });
});
