import { TZ as NY, weekdayHours as weekdaysOnly, withSaturday } from '@tests/clinic-week';
import { describe, expect, it } from 'vitest';
import type { WeeklyHours } from '@/lib/schema-fields';
import {
  addBusinessDays,
  addCalendarDays,
  addDaysKeepingLocalTime,
  addMinutes,
  addOpenDays,
  atClinicTime,
  calendarDaysBetween,
  clinicDate,
  clinicTimeOfDay,
  clinicWeekday,
  endOfClinicDay,
  firstOpenDayFrom,
  formatClinic,
  nextBusinessDayOpening,
  startOfClinicDay,
  startOfNextClinicDay,
  toIso,
} from '../clinic-time';
import { loadZoneData } from '../zone-formatter';

describe('reading an instant in the clinic time zone', () => {
  it('gives the clinic-local date, time and weekday', () => {
    // 02:30Z on Tuesday is Monday 22:30 EDT in New York and Tuesday 11:30 in Tokyo.
    const instant = '2026-10-27T02:30:00.000Z';
    expect(clinicDate(instant, NY)).toBe('2026-10-26');
    expect(clinicTimeOfDay(instant, NY)).toBe('22:30');
    expect(clinicWeekday(instant, NY)).toBe(1);
    expect(clinicDate(instant, 'Asia/Tokyo')).toBe('2026-10-27');
    expect(clinicTimeOfDay(instant, 'Asia/Tokyo')).toBe('11:30');
    expect(clinicWeekday(instant, 'Asia/Tokyo')).toBe(2);
  });

  it('accepts Date, epoch milliseconds and offset strings', () => {
    const ms = Date.UTC(2026, 10, 9, 15, 0);
    expect(clinicTimeOfDay(ms, NY)).toBe('10:00');
    expect(clinicTimeOfDay(new Date(ms), NY)).toBe('10:00');
    expect(clinicTimeOfDay('2026-11-09T16:00:00+01:00', NY)).toBe('10:00');
    expect(toIso('2026-11-09T16:00:00+01:00')).toBe('2026-11-09T15:00:00.000Z');
    expect(() => toIso('not a date')).toThrow('Invalid instant: not a date');
    expect(() => clinicDate(Number.NaN, NY)).toThrow('Invalid instant: NaN');
  });

  it('reads instants before 1970 and dates before the year 1000 as YYYY-MM-DD', () => {
    expect(clinicDate('1969-12-31T23:59:59.500Z', 'UTC')).toBe('1969-12-31');
    expect(clinicTimeOfDay('1969-12-31T23:59:59.500Z', 'UTC')).toBe('23:59');
    expect(addDaysKeepingLocalTime('1969-12-31T23:59:59.500Z', 1, 'UTC')).toBe('1970-01-01T23:59:59.500Z');
    expect(addBusinessDays('1969-12-31T23:30:00.000Z', 1, weekdaysOnly, 'UTC')).toBe('1970-01-01T23:30:00.000Z');
    expect(clinicDate('0999-06-01T12:00:00.000Z', 'UTC')).toBe('0999-06-01');
    expect(addCalendarDays('0999-12-31', 1)).toBe('1000-01-01');
  });

  it('loads the zone data ahead of the first conversion', () => {
    expect(() => loadZoneData()).not.toThrow();
  });

  it('formats for display in the clinic time zone', () => {
    expect(formatClinic('2026-11-09T15:00:00.000Z', NY, 'ddd D MMM YYYY HH:mm')).toBe('Mon 9 Nov 2026 10:00');
    expect(formatClinic('2026-11-09T15:00:00.000Z', 'Europe/London', 'HH:mm')).toBe('15:00');
  });
});

describe('atClinicTime', () => {
  it('converts clinic wall-clock time to UTC on both sides of a DST change', () => {
    expect(atClinicTime('2026-10-26', '10:00', NY)).toBe('2026-10-26T14:00:00.000Z');
    expect(atClinicTime('2026-11-09', '10:00', NY)).toBe('2026-11-09T15:00:00.000Z');
    expect(atClinicTime('2026-07-01', '09:30', 'Europe/London')).toBe('2026-07-01T08:30:00.000Z');
    expect(atClinicTime('2026-07-01', '09:30', 'Asia/Tokyo')).toBe('2026-07-01T00:30:00.000Z');
  });

  it('moves a wall time the clock skips forward by the gap, and takes the first of a repeated one', () => {
    // 8 Mar 2026: New York's clocks jump from 02:00 EST to 03:00 EDT, so 02:30 never shows.
    expect(atClinicTime('2026-03-08', '02:30', NY)).toBe('2026-03-08T07:30:00.000Z');
    expect(clinicTimeOfDay('2026-03-08T07:30:00.000Z', NY)).toBe('03:30');
    // 1 Nov 2026: 01:30 shows twice (EDT, then EST); the first is 05:30Z.
    expect(atClinicTime('2026-11-01', '01:30', NY)).toBe('2026-11-01T05:30:00.000Z');
    expect(clinicTimeOfDay('2026-11-01T06:30:00.000Z', NY)).toBe('01:30');
  });

  it('handles zones with odd offsets and southern-hemisphere summer time', () => {
    expect(atClinicTime('2026-07-01', '09:30', 'Asia/Kathmandu')).toBe('2026-07-01T03:45:00.000Z');
    expect(clinicTimeOfDay('2026-07-01T03:45:00.000Z', 'Asia/Kathmandu')).toBe('09:30');
    // Auckland is on NZDT (+13) in January and NZST (+12) in July.
    expect(atClinicTime('2026-01-15', '09:00', 'Pacific/Auckland')).toBe('2026-01-14T20:00:00.000Z');
    expect(atClinicTime('2026-07-15', '09:00', 'Pacific/Auckland')).toBe('2026-07-14T21:00:00.000Z');
  });

  it('reads the minutes either side of changes on the half hour: in UTC, or by half an hour', () => {
    // St John's springs forward at 02:00 NST (-03:30), 05:30 UTC.
    expect(clinicTimeOfDay('2026-03-08T05:29:00.000Z', 'America/St_Johns')).toBe('01:59');
    expect(clinicTimeOfDay('2026-03-08T05:30:00.000Z', 'America/St_Johns')).toBe('03:00');
    expect(clinicTimeOfDay('2026-03-07T12:00:00.000Z', 'America/St_Johns')).toBe('08:30');
    expect(clinicTimeOfDay('2026-03-09T12:00:00.000Z', 'America/St_Johns')).toBe('09:30');
    // Lord Howe falls back half an hour, from 02:00 (+11) to 01:30 (+10:30), at 15:00 UTC.
    expect(clinicTimeOfDay('2026-04-04T14:59:00.000Z', 'Australia/Lord_Howe')).toBe('01:59');
    expect(clinicTimeOfDay('2026-04-04T15:00:00.000Z', 'Australia/Lord_Howe')).toBe('01:30');
    expect(atClinicTime('2026-04-05', '01:45', 'Australia/Lord_Howe')).toBe('2026-04-04T14:45:00.000Z');
  });

  it('refuses dates and times that do not exist on any calendar', () => {
    expect(() => atClinicTime('2026-02-30', '10:00', NY)).toThrow('Invalid clinic date/time: 2026-02-30 10:00');
    expect(() => atClinicTime('2026-13-01', '10:00', NY)).toThrow(RangeError);
    expect(() => atClinicTime('9 Nov', '10:00', NY)).toThrow(RangeError);
    expect(() => atClinicTime('2026-11-09x', '10:00', NY)).toThrow(RangeError);
    for (const time of ['24:00', '09:60', '09:75', '09:30:60', '9:30', '09:30x', 'x09:30', '', '0a:30', '09:3a']) {
      expect(() => atClinicTime('2026-11-09', time, NY), time).toThrow('Invalid clinic date/time');
    }
  });

  it('checks plain dates in calendar arithmetic too', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow('Invalid date: 2026-02-30');
    expect(() => addCalendarDays('2026-11-9', 1)).toThrow('Invalid date: 2026-11-9');
    expect(() => calendarDaysBetween('2026-11-09', 'soon')).toThrow('Invalid date: soon');
  });

  it('takes the last minute, second and millisecond of the day', () => {
    expect(atClinicTime('2026-11-09', '23:59', NY)).toBe('2026-11-10T04:59:00.000Z');
    expect(atClinicTime('2026-11-09', '23:59:59', NY)).toBe('2026-11-10T04:59:59.000Z');
    expect(atClinicTime('2026-11-09', '10:00:30.5', NY)).toBe('2026-11-09T15:00:30.500Z');
    expect(atClinicTime('2026-11-09', '10:00:30.25', NY)).toBe('2026-11-09T15:00:30.250Z');
    expect(atClinicTime('2026-11-09', '00:00', NY)).toBe('2026-11-09T05:00:00.000Z');
  });
});

describe('addDaysKeepingLocalTime', () => {
  it('keeps 10:00 local across the autumn change (EDT → EST)', () => {
    expect(addDaysKeepingLocalTime('2026-10-26T14:00:00.000Z', 14, NY)).toBe('2026-11-09T15:00:00.000Z');
    expect(addDaysKeepingLocalTime('2026-10-26T14:00:00.000Z', 28, NY)).toBe('2026-11-23T15:00:00.000Z');
    expect(addDaysKeepingLocalTime('2026-10-31T14:00:00.000Z', 1, NY)).toBe('2026-11-01T15:00:00.000Z');
  });

  it('keeps 10:00 local across the spring change (EST → EDT)', () => {
    expect(addDaysKeepingLocalTime('2026-03-02T15:00:00.000Z', 14, NY)).toBe('2026-03-16T14:00:00.000Z');
  });

  it('works backwards, keeps seconds and handles late-evening times', () => {
    expect(addDaysKeepingLocalTime('2026-11-09T15:00:00.000Z', -14, NY)).toBe('2026-10-26T14:00:00.000Z');
    expect(addDaysKeepingLocalTime('2026-10-26T14:00:30.250Z', 1, NY)).toBe('2026-10-27T14:00:30.250Z');
    // Monday 22:30 EDT + 7 days = Monday 22:30 EST, which is Tuesday 03:30Z.
    expect(addDaysKeepingLocalTime('2026-10-27T02:30:00.000Z', 7, NY)).toBe('2026-11-03T03:30:00.000Z');
  });
});

describe('clinic days', () => {
  it('finds the start and end of a 25-hour clinic day', () => {
    const fallBack = '2026-11-01T16:00:00.000Z';
    expect(startOfClinicDay(fallBack, NY)).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfNextClinicDay(fallBack, NY)).toBe('2026-11-02T05:00:00.000Z');
    expect(endOfClinicDay(fallBack, NY)).toBe('2026-11-02T04:59:59.999Z');
  });

  it('does calendar arithmetic on plain dates', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-03-16', -14)).toBe('2026-03-02');
    expect(calendarDaysBetween('2026-10-26', '2026-11-09')).toBe(14);
    expect(calendarDaysBetween('2026-11-09', '2026-10-26')).toBe(-14);
    expect(addMinutes('2026-10-26T14:00:00.000Z', 45)).toBe('2026-10-26T14:45:00.000Z');
  });
});

describe('business days', () => {
  it('counts only open days', () => {
    expect(addOpenDays('2026-10-30', 1, weekdaysOnly)).toBe('2026-11-02');
    expect(addOpenDays('2026-10-30', 1, withSaturday)).toBe('2026-10-31');
    expect(addOpenDays('2026-11-02', -1, weekdaysOnly)).toBe('2026-10-30');
    expect(addOpenDays('2026-10-30', 0, weekdaysOnly)).toBe('2026-10-30');
    expect(firstOpenDayFrom('2026-11-01', weekdaysOnly)).toBe('2026-11-02');
    expect(firstOpenDayFrom('2026-11-02', weekdaysOnly)).toBe('2026-11-02');
  });

  it('adds business days keeping the local time, over a weekend and a DST change', () => {
    // Friday 10:00 EDT + 1 business day = Monday 10:00 EST.
    expect(addBusinessDays('2026-10-30T14:00:00.000Z', 1, weekdaysOnly, NY)).toBe('2026-11-02T15:00:00.000Z');
    expect(addBusinessDays('2026-10-30T14:00:00.000Z', 1, withSaturday, NY)).toBe('2026-10-31T14:00:00.000Z');
    expect(addBusinessDays('2026-10-30T14:00:00.000Z', 0, weekdaysOnly, NY)).toBe('2026-10-30T14:00:00.000Z');
    // Sunday + 1 business day = Monday.
    expect(addBusinessDays('2026-11-01T15:00:00.000Z', 1, weekdaysOnly, NY)).toBe('2026-11-02T15:00:00.000Z');
  });

  it('finds the next business day opening time', () => {
    expect(nextBusinessDayOpening('2026-10-30T20:00:00.000Z', weekdaysOnly, NY)).toBe('2026-11-02T14:00:00.000Z');
    expect(nextBusinessDayOpening('2026-10-30T20:00:00.000Z', withSaturday, NY)).toBe('2026-10-31T13:00:00.000Z');
    // Early Monday morning: still the next day, not later the same day.
    expect(nextBusinessDayOpening('2026-10-26T11:00:00.000Z', weekdaysOnly, NY)).toBe('2026-10-27T13:00:00.000Z');
  });

  it('refuses a week with no open day', () => {
    const closed: WeeklyHours = [null, null, null, null, null, null, null];
    expect(() => addBusinessDays('2026-10-30T14:00:00.000Z', 1, closed, NY)).toThrow(
      'The clinic is not open on any day of the week',
    );
    expect(() => nextBusinessDayOpening('2026-10-30T14:00:00.000Z', closed, NY)).toThrow(
      'The clinic is not open on any day of the week',
    );
  });
});
