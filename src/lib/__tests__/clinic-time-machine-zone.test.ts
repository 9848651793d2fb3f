import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { proposeSeries } from '@/features/treatment-series/domain/proposals';
import {
  addDaysKeepingLocalTime,
  atClinicTime,
  clinicDate,
  clinicTimeOfDay,
  formatClinic,
  startOfClinicDay,
} from '../clinic-time';

/*
 * The same results on a machine in UTC, in Tokyo and in Los Angeles: they depend only on the
 * clinic's zone. Node reads a new TZ environment variable at once (Date and Intl both follow it), so one
 * test file runs under each zone in turn; the first test of each block checks the switch took.
 */
const NY = 'America/New_York';
const day = { open: '09:00', close: '17:00' };
const machineZones = [
  { zone: 'UTC', offsetMinutes: 0 },
  { zone: 'Asia/Tokyo', offsetMinutes: -540 },
  { zone: 'America/Los_Angeles', offsetMinutes: 480 },
];

describe.each(machineZones)('clinic time on a machine in $zone', ({ zone, offsetMinutes }) => {
  beforeAll(() => {
    vi.stubEnv('TZ', zone);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('runs in that zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    expect(new Date('2026-01-15T12:00:00.000Z').getTimezoneOffset()).toBe(offsetMinutes);
  });

  it('reads the clinic-local date and time near midnight', () => {
    expect(clinicDate('2026-10-27T03:59:00.000Z', NY)).toBe('2026-10-26');
    expect(clinicTimeOfDay('2026-10-27T03:59:00.000Z', NY)).toBe('23:59');
    expect(clinicDate('2026-10-27T04:00:00.000Z', NY)).toBe('2026-10-27');
    expect(startOfClinicDay('2026-10-27T03:59:00.000Z', NY)).toBe('2026-10-26T04:00:00.000Z');
    expect(formatClinic('2026-10-27T03:59:00.000Z', NY, 'ddd D MMM HH:mm')).toBe('Mon 26 Oct 23:59');
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
  });
});
