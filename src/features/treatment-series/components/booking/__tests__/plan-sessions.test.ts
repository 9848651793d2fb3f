import { describe, expect, it } from 'vitest';
import { busy, makeCtx } from '../../../domain/__tests__/fixtures';
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
    const rows = planSessions({ ...base, firstStart: '2026-10-26T14:00:00.000Z', ctx: makeCtx(), overrides: {} });
    expect(rows.map((row) => row.start)).toEqual([
      '2026-10-26T14:00:00.000Z',
      '2026-11-09T15:00:00.000Z',
      '2026-11-23T15:00:00.000Z',
    ]);
    expect(rows.map((row) => row.start)).toEqual([
      '2026-10-26T14:00:00.000Z',
      '2026-11-09T15:00:00.000Z',
      '2026-11-23T15:00:00.000Z',
    ]);
    expect(rows.every((row) => row.moved === null && row.check.slot.kind === 'free')).toBe(true);
  });

  it('says why a proposal moved: taken, or outside hours', () => {
    const ctx = makeCtx({ busy: [busy('other', '2026-11-09T15:00:00.000Z')] });
    const rows = planSessions({ ...base, firstStart: '2026-10-26T14:00:00.000Z', ctx, overrides: {} });
    expect(rows[1]).toMatchObject({
      start: '2026-11-09T16:00:00.000Z',
      moved: { from: '2026-11-09T15:00:00.000Z', reason: 'taken' },
    });
    // Visit 3 follows the moved visit 2.
    expect(rows[2]?.start).toBe('2026-11-23T16:00:00.000Z');

    const sunday = planSessions({
      ...base,
      spacingDays: 13,
      firstStart: '2026-10-26T14:00:00.000Z',
      ctx: makeCtx(),
      overrides: {},
    });
    expect(sunday[1]?.moved).toMatchObject({ reason: 'outside_hours', detail: 'the clinic is closed on Sundays' });
    expect(sunday[1]?.start).toBe('2026-11-09T14:00:00.000Z');
  });

  it('keeps a time staff chose and proposes the later sessions from it', () => {
    const overrides = { 2: '2026-11-10T20:00:00.000Z' };
    const rows = planSessions({ ...base, firstStart: '2026-10-26T14:00:00.000Z', ctx: makeCtx(), overrides });
    expect(rows.map((row) => [row.start, row.chosen])).toEqual([
      ['2026-10-26T14:00:00.000Z', true],
      ['2026-11-10T20:00:00.000Z', true],
      ['2026-11-24T20:00:00.000Z', false],
    ]);
  });

  it('reports a chosen time before the previous session and a short spacing', () => {
    const overrides = { 2: '2026-10-30T14:00:00.000Z', 3: '2026-10-29T14:00:00.000Z' };
    const rows = planSessions({ ...base, firstStart: '2026-10-26T14:00:00.000Z', ctx: makeCtx(), overrides });
    expect(rows[1]?.check.spacing).toEqual({ kind: 'short', days: 4 });
    expect(rows[2]?.check.spacing).toEqual({ kind: 'before_previous' });
  });
});
