import { describe, expect, it } from 'vitest';
import { proposeSeries } from '@/features/treatment-series/domain/proposals';
import { addDaysKeepingLocalTime, atClinicTime, clinicDate, clinicTimeOfDay, startOfClinicDay } from '../clinic-time';

/*
 * Run with TZ=UTC, TZ=Asia/Tokyo and TZ=America/Los_Angeles: the results depend only on the
 * clinic's zone. The machine zone is in the suite name so the run shows which one was used.
 */
const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const NY = 'America/New_York';
const day = { open: '09:00', close: '17:00' };

describe(`clinic time on a machine in ${machineZone}`, () => {
  it('reads the clinic-local date and time near midnight', () => {
    expect(clinicDate('2026-10-27T03:59:00.000Z', NY)).toBe('2026-10-26');
    expect(clinicTimeOfDay('2026-10-27T03:59:00.000Z', NY)).toBe('23:59');
    expect(clinicDate('2026-10-27T04:00:00.000Z', NY)).toBe('2026-10-27');
    expect(startOfClinicDay('2026-10-27T03:59:00.000Z', NY)).toBe('2026-10-26T04:00:00.000Z');
  });

  it('keeps the local time across both DST changes', () => {
    expect(atClinicTime('2026-03-16', '10:00', NY)).toBe('2026-03-16T14:00:00.000Z');
    expect(addDaysKeepingLocalTime('2026-03-02T15:00:00.000Z', 14, NY)).toBe('2026-03-16T14:00:00.000Z');
    expect(addDaysKeepingLocalTime('2026-10-26T14:00:00.000Z', 14, NY)).toBe('2026-11-09T15:00:00.000Z');
  });

  it('proposes 26 Oct, 9 Nov and 23 Nov at 10:00 clinic time', () => {
    const proposals = proposeSeries({
      firstStart: '2026-10-26T14:00:00.000Z',
      plannedSessions: 3,
      spacingDays: 14,
      durationMinutes: 45,
      ctx: {
        timeZone: NY,
        openingHours: [null, day, day, day, day, day, null],
        closedDates: [],
        workingHours: null,
        busy: [],
        blocks: [],
      },
    });
    expect(proposals.map((proposal) => proposal.start)).toEqual([
      '2026-10-26T14:00:00.000Z',
      '2026-11-09T15:00:00.000Z',
      '2026-11-23T15:00:00.000Z',
    ]);
    expect(proposals.map((proposal) => clinicTimeOfDay(proposal.start, NY))).toEqual(['10:00', '10:00', '10:00']);
  });
});
