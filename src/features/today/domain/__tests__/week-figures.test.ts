import { TZ } from '@tests/clinic-week';
import { describe, expect, it } from 'vitest';
import { median, percentOf, startOfClinicWeek } from '../week-figures';

describe('week figures', () => {
  it('starts the week on Monday at midnight in clinic time, whatever the machine zone', () => {
    expect(startOfClinicWeek('2026-11-25T15:00:00.000Z', TZ)).toBe('2026-11-23T05:00:00.000Z');
    expect(startOfClinicWeek('2026-11-23T05:00:00.000Z', TZ)).toBe('2026-11-23T05:00:00.000Z');
    // Sunday late evening still belongs to the week that began six days earlier.
    expect(startOfClinicWeek('2026-11-30T04:30:00.000Z', TZ)).toBe('2026-11-23T05:00:00.000Z');
    // The week of the DST change: Monday 26 Oct is still EDT.
    expect(startOfClinicWeek('2026-11-01T17:00:00.000Z', TZ)).toBe('2026-10-26T04:00:00.000Z');
  });

  it('takes the median of odd and even counts, and none of nothing', () => {
    expect(median([30, 5, 600])).toBe(30);
    expect(median([10, 40, 20, 90])).toBe(30);
    expect(median([])).toBeNull();
  });

  it('rounds shares to whole percentages', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(0, 4)).toBe(0);
    expect(percentOf(0, 0)).toBeNull();
  });
});
