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
  });
});
