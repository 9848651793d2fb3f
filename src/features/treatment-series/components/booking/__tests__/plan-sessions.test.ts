import { describe, expect, it } from 'vitest';
import { busy, makeCtx, ny } from '../../../domain/__tests__/fixtures';
import { planSessions } from '../plan-sessions';

const base = {
  plannedSessions: 3,
  spacingDays: 14,
  durationMinutes: 45,
  patientName: 'Tess Booking',
  clinicianId: 'clin-1',
};

describe('planSessions', () => {
  it('proposes each session at the spacing, same local time across the DST change', () => {
    const rows = planSessions({ ...base, firstStart: ny('2026-10-26', '10:00'), ctx: makeCtx(), overrides: {} });
    expect(rows.map((row) => row.start)).toEqual([
      ny('2026-10-26', '10:00'),
      ny('2026-11-09', '10:00'),
      ny('2026-11-23', '10:00'),
    ]);
    expect(rows.map((row) => row.start)).toEqual([
      '2026-10-26T14:00:00.000Z',
      '2026-11-09T15:00:00.000Z',
      '2026-11-23T15:00:00.000Z',
    ]);
    expect(rows.every((row) => row.moved === null && row.check.slot.kind === 'free')).toBe(true);
  });

  it('says why a proposal moved: taken, or outside hours', () => {
    const ctx = makeCtx({ busy: [busy('other', ny('2026-11-09', '10:00'))] });
    const rows = planSessions({ ...base, firstStart: ny('2026-10-26', '10:00'), ctx, overrides: {} });
    expect(rows[1]).toMatchObject({
      start: ny('2026-11-09', '11:00'),
      moved: { from: ny('2026-11-09', '10:00'), reason: 'taken' },
    });
    // Visit 3 follows the moved visit 2.
    expect(rows[2]?.start).toBe(ny('2026-11-23', '11:00'));

    const sunday = planSessions({
      ...base,
      spacingDays: 13,
      firstStart: ny('2026-10-26', '10:00'),
      ctx: makeCtx(),
      overrides: {},
    });
    expect(sunday[1]?.moved).toMatchObject({ reason: 'outside_hours', detail: 'the clinic is closed on Sundays' });
    expect(sunday[1]?.start).toBe(ny('2026-11-09', '09:00'));
  });

  it('keeps a time staff chose and proposes the later sessions from it', () => {
    const overrides = { 2: ny('2026-11-10', '15:00') };
    const rows = planSessions({ ...base, firstStart: ny('2026-10-26', '10:00'), ctx: makeCtx(), overrides });
    expect(rows.map((row) => [row.start, row.chosen])).toEqual([
      [ny('2026-10-26', '10:00'), true],
      [ny('2026-11-10', '15:00'), true],
      [ny('2026-11-24', '15:00'), false],
    ]);
  });

  it('reports a chosen time before the previous session and a short spacing', () => {
    const overrides = { 2: ny('2026-10-30', '10:00'), 3: ny('2026-10-29', '10:00') };
    const rows = planSessions({ ...base, firstStart: ny('2026-10-26', '10:00'), ctx: makeCtx(), overrides });
    expect(rows[1]?.check.spacing).toEqual({ kind: 'short', days: 4 });
    expect(rows[2]?.check.spacing).toEqual({ kind: 'before_previous' });
  });
});
