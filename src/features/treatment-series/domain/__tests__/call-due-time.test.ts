import { describe, expect, it } from 'vitest';
import { type CallHours, callDueAt } from '../call-due-time';
import { openingHours, TZ } from './fixtures';

/** Weekdays 09:00–17:00, Saturdays 09:00–13:00, closed Sundays and on Thanksgiving. */
const hours: CallHours = { timeZone: TZ, openingHours, closedDates: ['2026-11-26'] };

describe('callDueAt', () => {
  it('keeps a time inside opening hours as it is', () => {
    expect(callDueAt('2026-11-24T15:15:00.000Z', hours)).toBe('2026-11-24T15:15:00.000Z');
  });

  it('moves a time before opening to opening time that day', () => {
    expect(callDueAt('2026-11-24T11:30:00.000Z', hours)).toBe('2026-11-24T14:00:00.000Z');
  });

  it('moves a time at or after closing to the next open day, never at closing itself', () => {
    expect(callDueAt('2026-11-24T22:00:00.000Z', hours)).toBe('2026-11-25T14:00:00.000Z');
    expect(callDueAt('2026-11-25T02:40:00.000Z', hours)).toBe('2026-11-25T14:00:00.000Z');
  });

  it('skips a closed weekday (Sunday) and a closed date (holiday)', () => {
    expect(callDueAt('2026-11-29T16:00:00.000Z', hours)).toBe('2026-11-30T14:00:00.000Z');
    expect(callDueAt('2026-11-26T16:00:00.000Z', hours)).toBe('2026-11-27T14:00:00.000Z');
    // Wednesday after closing: Thursday is the holiday, so Friday.
    expect(callDueAt('2026-11-25T22:30:00.000Z', hours)).toBe('2026-11-27T14:00:00.000Z');
  });

  it('uses the short Saturday hours', () => {
    expect(callDueAt('2026-11-28T18:30:00.000Z', hours)).toBe('2026-11-30T14:00:00.000Z');
    expect(callDueAt('2026-11-28T17:59:00.000Z', hours)).toBe('2026-11-28T17:59:00.000Z');
  });

  it('reads opening hours in clinic time across the DST changes', () => {
    // Fall back on Sun 1 Nov 2026: 09:00 on Monday is 14:00Z (EST), on the Saturday before 13:00Z (EDT).
    expect(callDueAt('2026-11-01T20:00:00.000Z', hours)).toBe('2026-11-02T14:00:00.000Z');
    expect(callDueAt('2026-10-31T05:00:00.000Z', hours)).toBe('2026-10-31T13:00:00.000Z');
    // Spring forward on Sun 8 Mar 2026: Monday 09:00 EDT is 13:00Z.
    expect(callDueAt('2026-03-08T12:00:00.000Z', hours)).toBe('2026-03-09T13:00:00.000Z');
  });

  it('waits for a preferred time of day, inside opening hours', () => {
    expect(callDueAt('2026-11-24T15:00:00.000Z', hours, ['afternoon'])).toBe('2026-11-24T17:00:00.000Z');
    expect(callDueAt('2026-11-24T19:00:00.000Z', hours, ['morning'])).toBe('2026-11-25T14:00:00.000Z');
    expect(callDueAt('2026-11-24T19:00:00.000Z', hours, ['morning', 'afternoon'])).toBe('2026-11-24T19:00:00.000Z');
    // Evenings start at 17:00, when the clinic closes: any opening time then.
    expect(callDueAt('2026-11-24T15:00:00.000Z', hours, ['evening'])).toBe('2026-11-24T15:00:00.000Z');
  });

  it('finds a preferred afternoon after a Saturday that closes at 13:00', () => {
    expect(callDueAt('2026-11-28T14:30:00.000Z', hours, ['afternoon'])).toBe('2026-11-28T17:00:00.000Z');
    expect(callDueAt('2026-11-28T17:30:00.000Z', hours, ['evening', 'afternoon'])).toBe('2026-11-28T17:30:00.000Z');
  });

  it('refuses settings where the clinic never opens', () => {
    expect(() => callDueAt('2026-11-24T15:00:00.000Z', { ...hours, openingHours: Array(7).fill(null) })).toThrow(
      RangeError,
    );
  });
});
