import { describe, expect, it } from 'vitest';
import { ny, TZ, weekdayHours } from '../../../../../tests/clinic-week';
import { formatWaiting, responseDueAt, responseStatus } from '../response-time';

// 2026-10-26 is a Monday; New York moves from EDT to EST on Sunday 1 November.
describe('responseDueAt', () => {
  it('is due at closing on the next business day for a weekday request', () => {
    expect(responseDueAt(ny('2026-10-26', '10:00'), 1, weekdayHours, TZ)).toBe('2026-10-27T21:00:00.000Z');
  });

  it('skips the weekend (and the DST change) for a Friday request', () => {
    expect(responseDueAt(ny('2026-10-30', '10:00'), 1, weekdayHours, TZ)).toBe('2026-11-02T22:00:00.000Z');
  });

  it('counts from the next open day when received after closing or on a closed day', () => {
    expect(responseDueAt(ny('2026-10-30', '18:00'), 1, weekdayHours, TZ)).toBe(ny('2026-11-03', '17:00'));
    expect(responseDueAt(ny('2026-10-30', '17:00'), 1, weekdayHours, TZ)).toBe(ny('2026-11-03', '17:00'));
    expect(responseDueAt(ny('2026-10-31', '11:00'), 1, weekdayHours, TZ)).toBe(ny('2026-11-03', '17:00'));
    expect(responseDueAt(ny('2026-11-01', '23:59'), 1, weekdayHours, TZ)).toBe(ny('2026-11-03', '17:00'));
  });

  it('counts the day itself when received before opening', () => {
    expect(responseDueAt(ny('2026-10-26', '07:00'), 1, weekdayHours, TZ)).toBe(ny('2026-10-27', '17:00'));
    expect(responseDueAt(ny('2026-10-26', '16:59'), 1, weekdayHours, TZ)).toBe(ny('2026-10-27', '17:00'));
  });

  it('supports longer targets', () => {
    expect(responseDueAt(ny('2026-10-29', '10:00'), 3, weekdayHours, TZ)).toBe(ny('2026-11-03', '17:00'));
  });
});

describe('responseStatus', () => {
  const settings = { timeZone: TZ, openingHours: weekdayHours, responseTargetBusinessDays: 1 };
  // Received Monday 10:00, due Tuesday 17:00: a 31-hour window, 'soon' in its last 7 h 45 min.
  const request = { receivedAt: ny('2026-10-26', '10:00'), firstContactAt: null };

  it('is ok early in the window', () => {
    expect(responseStatus(request, ny('2026-10-26', '10:45'), settings)).toEqual({
      waitingMinutes: 45,
      dueAt: ny('2026-10-27', '17:00'),
      late: false,
      level: 'ok',
    });
    expect(responseStatus(request, ny('2026-10-27', '09:00'), settings).level).toBe('ok');
  });

  it('is soon with less than a quarter of the window left', () => {
    expect(responseStatus(request, ny('2026-10-27', '09:30'), settings)).toMatchObject({ late: false, level: 'soon' });
  });

  it('is late once past due without contact', () => {
    expect(responseStatus(request, ny('2026-10-27', '17:01'), settings)).toMatchObject({
      waitingMinutes: 31 * 60 + 1,
      late: true,
      level: 'late',
    });
  });

  it('stops the clock at first contact, and stays late when contact came after due', () => {
    const onTime = { ...request, firstContactAt: ny('2026-10-27', '16:00') };
    expect(responseStatus(onTime, ny('2026-11-05', '10:00'), settings)).toMatchObject({
      waitingMinutes: 30 * 60,
      late: false,
      level: 'ok',
    });
    const tooLate = { ...request, firstContactAt: ny('2026-10-28', '09:00') };
    expect(responseStatus(tooLate, ny('2026-11-05', '10:00'), settings)).toMatchObject({
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
