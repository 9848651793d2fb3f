import { describe, expect, it } from 'vitest';
import { atClinicTime } from '@/lib/clinic-time';
import type { WeeklyHours } from '@/lib/schema-fields';
import { bandOnDate, closedBands, gridWindow, hourLabels, placeOnDate, weekDates } from '../calendar-layout';

const NY = 'America/New_York';
const ny = (date: string, time: string) => atClinicTime(date, time, NY);
const day = { open: '08:00', close: '18:00' };
const openingHours: WeeklyHours = [null, day, day, day, day, day, { open: '09:00', close: '13:00' }];
const window = gridWindow(openingHours);
const visit = (id: string, start: string, durationMinutes = 45) => ({ id, start, durationMinutes });

describe('calendar layout in clinic time, from a browser far away', () => {
  it('runs in a zone far from the clinic', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.toBe(NY);
    expect(new Date('2026-11-02T12:00:00Z').getTimezoneOffset()).not.toBe(300);
  });

  it('the grid spans the earliest opening to the latest closing, one row per wall-clock hour', () => {
    expect(window).toEqual({ startMinute: 480, endMinute: 1080 });
    expect(hourLabels(window)).toEqual([
      '08:00',
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
    ]);
  });

  it('the week of the autumn change (a 25-hour Sunday) keeps each visit on its clinic hour', () => {
    // New York falls back on Sunday 1 November 2026.
    const week = weekDates('2026-11-04');
    expect(week).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
      '2026-11-08',
    ]);
    expect(weekDates('2026-10-26')).toHaveLength(7);
    expect(weekDates('2026-11-01')[6]).toBe('2026-11-01');
    const before = visit('before', ny('2026-10-30', '10:00'));
    const after = visit('after', ny('2026-11-02', '10:00'));
    // The same clinic hour is a different UTC hour on each side of the change …
    expect([before.start, after.start]).toEqual(['2026-10-30T14:00:00.000Z', '2026-11-02T15:00:00.000Z']);
    // … and the same row of the grid.
    const friday = placeOnDate([before, after], '2026-10-30', NY, window);
    const monday = placeOnDate([before, after], '2026-11-02', NY, window);
    expect(friday.map(({ item, top, height }) => [item.id, top, height])).toEqual([['before', 120, 45]]);
    expect(monday.map(({ item, top, height }) => [item.id, top, height])).toEqual([['after', 120, 45]]);
  });

  it('the week of the spring change (a 23-hour Sunday) neither shifts nor duplicates hours', () => {
    // New York springs forward on Sunday 14 March 2027.
    const saturday = visit('sat', ny('2027-03-13', '09:30'), 60);
    const monday = visit('mon', ny('2027-03-15', '17:15'), 45);
    expect(placeOnDate([saturday, monday], '2027-03-13', NY, window)).toMatchObject([{ top: 90, height: 60 }]);
    expect(placeOnDate([saturday, monday], '2027-03-15', NY, window)).toMatchObject([{ top: 555, height: 45 }]);
    expect(placeOnDate([saturday, monday], '2027-03-14', NY, window)).toEqual([]);
    // A whole-day block on the short Sunday fills the window once.
    expect(bandOnDate(ny('2027-03-14', '00:00'), ny('2027-03-15', '00:00'), '2027-03-14', NY, window)).toEqual({
      top: 0,
      height: 600,
    });
  });

  it('a block over several days is cut to each day; an afternoon block to its hours', () => {
    const start = ny('2026-10-30', '13:00');
    const end = ny('2026-11-03', '12:00');
    expect(bandOnDate(start, end, '2026-10-30', NY, window)).toEqual({ top: 300, height: 300 });
    expect(bandOnDate(start, end, '2026-11-02', NY, window)).toEqual({ top: 0, height: 600 });
    expect(bandOnDate(start, end, '2026-11-03', NY, window)).toEqual({ top: 0, height: 240 });
    expect(bandOnDate(start, end, '2026-11-04', NY, window)).toBeNull();
  });

  it('overlapping visits (a cancelled one and its replacement) share the column in lanes', () => {
    const placed = placeOnDate(
      [
        visit('a', ny('2026-11-02', '10:00')),
        visit('b', ny('2026-11-02', '10:30')),
        visit('c', ny('2026-11-02', '11:00')),
      ],
      '2026-11-02',
      NY,
      window,
    );
    expect(placed.map(({ item, lane, lanes }) => [item.id, lane, lanes])).toEqual([
      ['a', 0, 2],
      ['b', 1, 2],
      ['c', 0, 2],
    ]);
  });

  it('shades closed time: outside opening and working hours, closed weekdays and holidays', () => {
    const elena: WeeklyHours = [null, { open: '10:00', close: '18:00' }, null, null, null, null, null];
    const hours = { openingHours, closedDates: ['2026-12-25'], workingHours: elena };
    expect(closedBands('2026-11-02', hours, window)).toEqual([{ top: 0, height: 120 }]);
    expect(closedBands('2026-11-03', hours, window)).toEqual([{ top: 0, height: 600 }]);
    const clinic = { ...hours, workingHours: null };
    expect(closedBands('2026-11-07', clinic, window)).toEqual([
      { top: 0, height: 60 },
      { top: 300, height: 300 },
    ]);
    expect(closedBands('2026-12-25', clinic, window)).toEqual([{ top: 0, height: 600 }]);
  });
});
