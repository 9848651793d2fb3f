import { describe, expect, it } from 'vitest';
import { ny, TZ } from '../../../../../tests/clinic-week';
import { median, percentOf, startOfClinicWeek } from '../week-figures';

describe('week figures', () => {
  it('starts the week on Monday at midnight in clinic time, whatever the machine zone', () => {
    expect(startOfClinicWeek(ny('2026-11-25', '10:00'), TZ)).toBe(ny('2026-11-23', '00:00'));
    expect(startOfClinicWeek(ny('2026-11-23', '00:00'), TZ)).toBe(ny('2026-11-23', '00:00'));
    // Sunday late evening still belongs to the week that began six days earlier.
    expect(startOfClinicWeek(ny('2026-11-29', '23:30'), TZ)).toBe(ny('2026-11-23', '00:00'));
    // The week of the DST change: Monday 26 Oct is still EDT.
    expect(startOfClinicWeek(ny('2026-11-01', '12:00'), TZ)).toBe('2026-10-26T04:00:00.000Z');
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
