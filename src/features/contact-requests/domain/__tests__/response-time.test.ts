import { TZ, weekdayHours } from '@tests/clinic-week';
import { describe, expect, it } from 'vitest';
import { formatWaiting, responseDueAt, responseStatus } from '../response-time';

// 2026-10-26 is a Monday; New York moves from EDT to EST on Sunday 1 November.
describe('responseDueAt', () => {
  it('is due at closing on the next business day for a weekday request', () => {
    expect(responseDueAt('2026-10-26T14:00:00.000Z', 1, weekdayHours, TZ)).toBe('2026-10-27T21:00:00.000Z');
  });

  it('skips the weekend (and the DST change) for a Friday request', () => {
    expect(responseDueAt('2026-10-30T14:00:00.000Z', 1, weekdayHours, TZ)).toBe('2026-11-02T22:00:00.000Z');
  });

  it('counts from the next open day when received after closing or on a closed day', () => {
    expect(responseDueAt('2026-10-30T22:00:00.000Z', 1, weekdayHours, TZ)).toBe('2026-11-03T22:00:00.000Z');
    expect(responseDueAt('2026-10-30T21:00:00.000Z', 1, weekdayHours, TZ)).toBe('2026-11-03T22:00:00.000Z');
    expect(responseDueAt('2026-10-31T15:00:00.000Z', 1, weekdayHours, TZ)).toBe('2026-11-03T22:00:00.000Z');
    expect(responseDueAt('2026-11-02T04:59:00.000Z', 1, weekdayHours, TZ)).toBe('2026-11-03T22:00:00.000Z');
  });

  it('counts the day itself up to the minute before closing, and from the next open day at closing', () => {
    expect(responseDueAt('2026-10-26T20:59:59.000Z', 1, weekdayHours, TZ)).toBe('2026-10-27T21:00:00.000Z');
    expect(responseDueAt('2026-10-26T21:00:00.000Z', 1, weekdayHours, TZ)).toBe('2026-10-28T21:00:00.000Z');
  });

  it("is due at that day's closing with a target of 0 days, and refuses a week with no open day", () => {
    expect(responseDueAt('2026-10-26T14:00:00.000Z', 0, weekdayHours, TZ)).toBe('2026-10-26T21:00:00.000Z');
    const closed = [null, null, null, null, null, null, null];
    expect(() => responseDueAt('2026-10-26T14:00:00.000Z', 1, closed, TZ)).toThrow(RangeError);
  });

  it('counts the day itself when received before opening', () => {
    expect(responseDueAt('2026-10-26T11:00:00.000Z', 1, weekdayHours, TZ)).toBe('2026-10-27T21:00:00.000Z');
    expect(responseDueAt('2026-10-26T20:59:00.000Z', 1, weekdayHours, TZ)).toBe('2026-10-27T21:00:00.000Z');
  });

  it('supports longer targets', () => {
    expect(responseDueAt('2026-10-29T14:00:00.000Z', 3, weekdayHours, TZ)).toBe('2026-11-03T22:00:00.000Z');
  });
});

describe('responseStatus', () => {
  const settings = { timeZone: TZ, openingHours: weekdayHours, responseTargetBusinessDays: 1 };
  // Received Monday 10:00, due Tuesday 17:00: a 31-hour window, 'soon' in its last 7 h 45 min.
  const request = { receivedAt: '2026-10-26T14:00:00.000Z', firstContactAt: null };

  it('is ok early in the window', () => {
    expect(responseStatus(request, '2026-10-26T14:45:00.000Z', settings)).toEqual({
      waitingMinutes: 45,
      dueAt: '2026-10-27T21:00:00.000Z',
      late: false,
      level: 'ok',
    });
    expect(responseStatus(request, '2026-10-27T13:00:00.000Z', settings).level).toBe('ok');
  });

  it('is soon with less than a quarter of the window left', () => {
    expect(responseStatus(request, '2026-10-27T13:30:00.000Z', settings)).toMatchObject({ late: false, level: 'soon' });
  });

  it('is on time at the due instant itself, and late a millisecond after', () => {
    expect(responseStatus(request, '2026-10-27T21:00:00.000Z', settings)).toMatchObject({ late: false, level: 'soon' });
    expect(responseStatus(request, '2026-10-27T21:00:00.001Z', settings)).toMatchObject({ late: true, level: 'late' });
    const atDue = { ...request, firstContactAt: '2026-10-27T21:00:00.000Z' };
    expect(responseStatus(atDue, '2026-11-05T15:00:00.000Z', settings)).toMatchObject({ late: false, level: 'ok' });
  });

  it('turns soon exactly when a quarter of the window is left', () => {
    // A quarter of the 31 h window is 7 h 45 min: soon after Tuesday 09:15 EDT (13:15Z).
    expect(responseStatus(request, '2026-10-27T13:15:00.000Z', settings).level).toBe('ok');
    expect(responseStatus(request, '2026-10-27T13:15:00.001Z', settings).level).toBe('soon');
  });

  it('counts whole minutes waited, and none before the request arrived', () => {
    expect(responseStatus(request, '2026-10-26T14:01:59.999Z', settings).waitingMinutes).toBe(1);
    expect(responseStatus(request, '2026-10-26T13:00:00.000Z', settings).waitingMinutes).toBe(0);
  });

  it('is late once past due without contact', () => {
    expect(responseStatus(request, '2026-10-27T21:01:00.000Z', settings)).toMatchObject({
      waitingMinutes: 31 * 60 + 1,
      late: true,
      level: 'late',
    });
  });

  it('stops the clock at first contact, and stays late when contact came after due', () => {
    const onTime = { ...request, firstContactAt: '2026-10-27T20:00:00.000Z' };
    expect(responseStatus(onTime, '2026-11-05T15:00:00.000Z', settings)).toMatchObject({
      waitingMinutes: 30 * 60,
      late: false,
      level: 'ok',
    });
    const tooLate = { ...request, firstContactAt: '2026-10-28T13:00:00.000Z' };
    expect(responseStatus(tooLate, '2026-11-05T15:00:00.000Z', settings)).toMatchObject({
      waitingMinutes: 47 * 60,
      late: true,
      level: 'late',
    });
  });
});

describe('formatWaiting', () => {
  it('formats minutes, hours and days', () => {
    expect(formatWaiting(0)).toBe('0 min');
    expect(formatWaiting(45)).toBe('45 min');
    expect(formatWaiting(60)).toBe('1 h');
    expect(formatWaiting(200)).toBe('3 h 20 min');
    expect(formatWaiting(1440)).toBe('1 d');
    expect(formatWaiting(2 * 1440 + 4 * 60 + 59)).toBe('2 d 4 h');
    expect(formatWaiting(-5)).toBe('0 min');
    expect(formatWaiting(59.9)).toBe('59 min');
    expect(formatWaiting(61)).toBe('1 h 1 min');
    expect(formatWaiting(1439)).toBe('23 h 59 min');
    expect(formatWaiting(1500)).toBe('1 d 1 h');
  });
});
