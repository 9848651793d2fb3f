import { describe, expect, it } from 'vitest';
import type { WeeklyHours } from '../schema-fields';
import { describeWeeklyHours } from '../weekly-hours';

const nineToFive = { open: '09:00', close: '17:00' };

describe('describeWeeklyHours', () => {
  it('groups days with the same hours, Monday first, with runs of three or more as ranges', () => {
    const clinic: WeeklyHours = [
      null,
      nineToFive,
      nineToFive,
      nineToFive,
      nineToFive,
      nineToFive,
      { open: '09:00', close: '13:00' },
    ];
    expect(describeWeeklyHours(clinic)).toBe('Mon–Fri 09:00–17:00, Sat 09:00–13:00');
    const alternate: WeeklyHours = [nineToFive, nineToFive, null, nineToFive, null, nineToFive, null];
    expect(describeWeeklyHours(alternate)).toBe('Mon, Wed, Fri, Sun 09:00–17:00');
    const twoDays: WeeklyHours = [null, null, nineToFive, nineToFive, null, null, null];
    expect(describeWeeklyHours(twoDays)).toBe('Tue, Wed 09:00–17:00');
  });

  it('says when every day is closed', () => {
    expect(describeWeeklyHours([null, null, null, null, null, null, null])).toBe('Closed every day');
  });
});
