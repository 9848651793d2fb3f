import { describe, expect, it } from 'vitest';
import { clinicTimeOfDay } from '@/lib/clinic-time';
import { checkPlannedSessions, proposeSeries, shiftLaterSessions } from '../proposals';
import { busy, makeCtx, TZ } from './fixtures';

const series = { plannedSessions: 3, spacingDays: 14, durationMinutes: 45 };

describe('proposeSeries', () => {
  it('keeps 10:00 clinic time across the autumn DST change (26 Oct → 9 Nov → 23 Nov)', () => {
    const proposals = proposeSeries({ ...series, firstStart: '2026-10-26T14:00:00.000Z', ctx: makeCtx() });
    expect(proposals).toEqual([
      {
        number: 1,
        idealStart: '2026-10-26T14:00:00.000Z',
        start: '2026-10-26T14:00:00.000Z',
        moved: false,
        check: { kind: 'free' },
      },
      {
        number: 2,
        idealStart: '2026-11-09T15:00:00.000Z',
        start: '2026-11-09T15:00:00.000Z',
        moved: false,
        check: { kind: 'free' },
      },
      {
        number: 3,
        idealStart: '2026-11-23T15:00:00.000Z',
        start: '2026-11-23T15:00:00.000Z',
        moved: false,
        check: { kind: 'free' },
      },
    ]);
  });

  it('keeps 10:00 clinic time across the spring DST change', () => {
    const proposals = proposeSeries({ ...series, firstStart: '2026-03-02T15:00:00.000Z', ctx: makeCtx() });
    expect(proposals.map((proposal) => proposal.start)).toEqual([
      '2026-03-02T15:00:00.000Z',
      '2026-03-16T14:00:00.000Z',
      '2026-03-30T14:00:00.000Z',
    ]);
    expect(proposals.map((proposal) => clinicTimeOfDay(proposal.start, TZ))).toEqual(['10:00', '10:00', '10:00']);
  });

  it('moves a taken slot to the nearest free one, flags it, and cascades the spacing', () => {
    const ctx = makeCtx({ busy: [busy('other', '2026-11-09T14:30:00.000Z', 90)] });
    const proposals = proposeSeries({ ...series, firstStart: '2026-10-26T14:00:00.000Z', ctx });
    expect(proposals[1]).toEqual({
      number: 2,
      idealStart: '2026-11-09T15:00:00.000Z',
      start: '2026-11-09T16:00:00.000Z',
      moved: true,
      check: { kind: 'free' },
    });
    // Visit 3 is spaced from where visit 2 actually landed.
    expect(proposals[2]).toMatchObject({ idealStart: '2026-11-23T16:00:00.000Z', start: '2026-11-23T16:00:00.000Z' });
    expect(proposals[2]?.moved).toBe(false);
  });

  it('moves an ideal start on a closed day to the next open slot', () => {
    // 13 days after Monday is a Sunday, when the clinic is closed.
    const proposals = proposeSeries({
      ...series,
      spacingDays: 13,
      firstStart: '2026-10-26T14:00:00.000Z',
      ctx: makeCtx(),
    });
    expect(proposals[1]).toMatchObject({
      idealStart: '2026-11-08T15:00:00.000Z',
      start: '2026-11-09T14:00:00.000Z', // Monday 09:00 EST
      moved: true,
      check: { kind: 'free' },
    });
  });

  it('never proposes a session before the previous one ends or before its ideal start', () => {
    // 09:00–17:00 EDT on Tuesday to Thursday.
    const blocked = ['27', '28', '29'].map((day) => busy(`b-${day}`, `2026-10-${day}T13:00:00.000Z`, 480));
    const proposals = proposeSeries({
      plannedSessions: 4,
      spacingDays: 1,
      durationMinutes: 60,
      firstStart: '2026-10-26T20:00:00.000Z',
      ctx: makeCtx({ busy: blocked }),
    });
    expect(proposals.map((proposal) => proposal.start)).toEqual([
      '2026-10-26T20:00:00.000Z',
      '2026-10-30T13:00:00.000Z',
      '2026-10-31T13:00:00.000Z',
      '2026-11-02T14:00:00.000Z',
    ]);
    for (const [index, proposal] of proposals.entries()) {
      expect(Date.parse(proposal.start)).toBeGreaterThanOrEqual(Date.parse(proposal.idealStart));
      const previous = proposals[index - 1];
      if (previous) expect(Date.parse(proposal.start)).toBeGreaterThanOrEqual(Date.parse(previous.start) + 3_600_000);
    }
  });

  it('keeps visit 1 as given and reports its clash by name', () => {
    const ctx = makeCtx({ busy: [busy('s-9', '2026-10-26T14:15:00.000Z', 30, { patientName: 'Grace Hopper' })] });
    const [first] = proposeSeries({ ...series, firstStart: '2026-10-26T14:00:00.000Z', ctx });
    expect(first?.start).toBe('2026-10-26T14:00:00.000Z');
    expect(first?.moved).toBe(false);
    expect(first?.check).toEqual({
      kind: 'clash',
      clashes: [
        {
          sessionId: 's-9',
          start: '2026-10-26T14:15:00.000Z',
          end: '2026-10-26T14:45:00.000Z',
          patientName: 'Grace Hopper',
          clinicianId: 'clin-1',
        },
      ],
    });
  });

  it('keeps the ideal start and its failing check when nothing is free within the search', () => {
    const ctx = makeCtx({ busy: [busy('long', '2026-11-09T14:00:00.000Z', 480)] });
    const proposals = proposeSeries({
      ...series,
      plannedSessions: 2,
      firstStart: '2026-10-26T14:00:00.000Z',
      ctx,
      searchDays: 0,
    });
    expect(proposals[1]?.start).toBe('2026-11-09T15:00:00.000Z');
    expect(proposals[1]?.moved).toBe(false);
    expect(proposals[1]?.check.kind).toBe('clash');
  });

  it("blocks the series' own earlier proposals: with no spacing, each session follows the previous one", () => {
    const proposals = proposeSeries({
      ...series,
      spacingDays: 0,
      firstStart: '2026-10-26T14:00:00.000Z',
      ctx: makeCtx(),
    });
    expect(proposals.map(({ start, moved }) => ({ start, moved }))).toEqual([
      { start: '2026-10-26T14:00:00.000Z', moved: false },
      { start: '2026-10-26T14:45:00.000Z', moved: true },
      { start: '2026-10-26T15:30:00.000Z', moved: true },
    ]);
  });

  it('names its own proposal in a clash it cannot move away from', () => {
    // Monday 16:15–17:00 EDT: nothing is free after it that day, and the search stops there.
    const input = { ...series, plannedSessions: 2, spacingDays: 0, firstStart: '2026-10-26T20:15:00.000Z' };
    const ownClash = (patientName: string, clinicianId: string) => ({
      kind: 'clash',
      clashes: [
        {
          sessionId: 'proposed-1',
          start: '2026-10-26T20:15:00.000Z',
          end: '2026-10-26T21:00:00.000Z',
          patientName,
          clinicianId,
        },
      ],
    });
    expect(proposeSeries({ ...input, ctx: makeCtx(), searchDays: 0 })[1]?.check).toEqual(
      ownClash('This series', 'this-clinician'),
    );
    const named = proposeSeries({
      ...input,
      ctx: makeCtx(),
      searchDays: 0,
      patientName: 'Ada Lovelace',
      clinicianId: 'clin-1',
    });
    expect(named[1]?.check).toEqual(ownClash('Ada Lovelace', 'clin-1'));
  });

  it('moves a taken session on the step grid given', () => {
    const ctx = makeCtx({ busy: [busy('taken', '2026-11-09T15:00:00.000Z', 45)] });
    const proposals = proposeSeries({
      ...series,
      plannedSessions: 2,
      firstStart: '2026-10-26T14:00:00.000Z',
      ctx,
      stepMinutes: 50,
    });
    // Steps of 50 minutes from 09:00 EST: 10:40 overlaps the taken 10:00–10:45, 11:30 is the next step.
    expect(proposals[1]).toMatchObject({ start: '2026-11-09T16:30:00.000Z', moved: true });
  });

  it('ignores cancelled sessions when proposing', () => {
    const ctx = makeCtx({ busy: [busy('gone', '2026-11-09T15:00:00.000Z', 60, { status: 'cancelled' })] });
    const proposals = proposeSeries({ ...series, firstStart: '2026-10-26T14:00:00.000Z', ctx });
    expect(proposals[1]).toMatchObject({ start: '2026-11-09T15:00:00.000Z', moved: false });
  });
});

describe('checkPlannedSessions', () => {
  const ctx = makeCtx();

  it('accepts a well-spaced plan', () => {
    const result = checkPlannedSessions(
      [
        { start: '2026-10-26T14:00:00.000Z', durationMinutes: 45 },
        { start: '2026-11-09T15:00:00.000Z', durationMinutes: 45 },
      ],
      { spacingDays: 14, ctx },
    );
    expect(result).toEqual([
      { number: 1, slot: { kind: 'free' }, spacing: { kind: 'ok' } },
      { number: 2, slot: { kind: 'free' }, spacing: { kind: 'ok' } },
    ]);
  });

  it('counts clinic calendar days, not 24-hour periods, across DST', () => {
    // Monday 10:00 EST → Monday 09:00 EDT two weeks later is 2 hours short of 14×24 h.
    const result = checkPlannedSessions(
      [
        { start: '2026-03-02T15:00:00.000Z', durationMinutes: 45 },
        { start: '2026-03-16T13:00:00.000Z', durationMinutes: 45 },
      ],
      { spacingDays: 14, ctx },
    );
    expect(result[1]?.spacing).toEqual({ kind: 'ok' });
  });

  it('warns when the spacing is shorter than the series spacing', () => {
    const result = checkPlannedSessions(
      [
        { start: '2026-10-26T14:00:00.000Z', durationMinutes: 45 },
        { start: '2026-11-05T21:00:00.000Z', durationMinutes: 45 },
      ],
      { spacingDays: 14, ctx },
    );
    expect(result[1]).toEqual({ number: 2, slot: { kind: 'free' }, spacing: { kind: 'short', days: 10 } });
  });

  it('refuses a session before, at or overlapping the previous one', () => {
    const result = checkPlannedSessions(
      [
        { start: '2026-10-26T14:00:00.000Z', durationMinutes: 45 },
        { start: '2026-10-23T14:00:00.000Z', durationMinutes: 45 },
        { start: '2026-10-23T14:00:00.000Z', durationMinutes: 45 },
      ],
      { spacingDays: 14, ctx },
    );
    expect(result.map((check) => check.spacing)).toEqual([
      { kind: 'ok' },
      { kind: 'before_previous' },
      { kind: 'before_previous' },
    ]);

    const overlapping = checkPlannedSessions(
      [
        { start: '2026-10-26T14:00:00.000Z', durationMinutes: 45 },
        { start: '2026-10-26T14:30:00.000Z', durationMinutes: 45 },
      ],
      { spacingDays: 14, ctx },
    );
    expect(overlapping[1]?.spacing).toEqual({ kind: 'before_previous' });
    expect(overlapping[1]?.slot).toEqual({
      kind: 'clash',
      clashes: [
        {
          sessionId: 'planned-1',
          start: '2026-10-26T14:00:00.000Z',
          end: '2026-10-26T14:45:00.000Z',
          patientName: 'This series',
          clinicianId: 'this-clinician',
        },
      ],
    });
  });

  it('detects a clash with a non-adjacent session of the same plan', () => {
    const result = checkPlannedSessions(
      [
        { id: 'a', start: '2026-10-26T14:00:00.000Z', durationMinutes: 60 },
        { id: 'b', start: '2026-11-09T15:00:00.000Z', durationMinutes: 60 },
        { id: 'c', start: '2026-10-26T14:30:00.000Z', durationMinutes: 60 },
      ],
      { spacingDays: 14, ctx, patientName: 'Ada Lovelace', clinicianId: 'clin-1' },
    );
    expect(result[2]?.slot).toEqual({
      kind: 'clash',
      clashes: [
        {
          sessionId: 'a',
          start: '2026-10-26T14:00:00.000Z',
          end: '2026-10-26T15:00:00.000Z',
          patientName: 'Ada Lovelace',
          clinicianId: 'clin-1',
        },
      ],
    });
  });

  it('names clashes with other patients and reports hours problems', () => {
    const withBusy = makeCtx({ busy: [busy('s-7', '2026-11-09T15:30:00.000Z', 30, { patientName: 'Alan Turing' })] });
    const result = checkPlannedSessions(
      [
        { start: '2026-10-25T14:00:00.000Z', durationMinutes: 45 },
        { start: '2026-11-09T15:00:00.000Z', durationMinutes: 45 },
      ],
      { spacingDays: 14, ctx: withBusy },
    );
    expect(result[0]?.slot).toEqual({ kind: 'outside_hours', reason: 'The clinic is closed on Sundays' });
    expect(result[1]?.slot.kind === 'clash' && result[1].slot.clashes.map((clash) => clash.patientName)).toEqual([
      'Alan Turing',
    ]);
  });

  it('ignores the old positions of sessions being moved and explicitly ignored ids', () => {
    const withOwn = makeCtx({
      busy: [busy('sess-2', '2026-11-09T15:00:00.000Z', 45), busy('other', '2026-11-23T15:00:00.000Z', 45)],
    });
    const plan = [
      { id: 'sess-1', start: '2026-10-26T14:00:00.000Z', durationMinutes: 45 },
      { id: 'sess-2', start: '2026-11-09T15:15:00.000Z', durationMinutes: 45 },
      { id: 'sess-3', start: '2026-11-23T15:00:00.000Z', durationMinutes: 45 },
    ];
    const result = checkPlannedSessions(plan, { spacingDays: 14, ctx: withOwn, ignoreSessionIds: ['other'] });
    expect(result.map((check) => check.slot.kind)).toEqual(['free', 'free', 'free']);
  });
});

describe('shiftLaterSessions', () => {
  const sessions = [
    { id: 's1', number: 1, start: '2026-10-12T14:00:00.000Z', status: 'completed' },
    { id: 's2', number: 2, start: '2026-10-26T14:00:00.000Z', status: 'scheduled' },
    { id: 's3', number: 3, start: '2026-11-09T16:30:00.000Z', status: 'scheduled' },
    { id: 's4', number: 4, start: '2026-11-23T15:00:00.000Z', status: 'cancelled' },
  ];

  it('moves later scheduled sessions by the same calendar days, keeping their local time', () => {
    expect(shiftLaterSessions(sessions, 2, '2026-10-28T19:30:00.000Z', TZ)).toEqual([
      { id: 's3', number: 3, previousStart: '2026-11-09T16:30:00.000Z', start: '2026-11-11T16:30:00.000Z' },
    ]);
  });

  it('is DST-safe in both directions', () => {
    // Moving visit 1 forward: s2 crosses from EDT into EST and stays at 10:00 local.
    const forward = shiftLaterSessions(sessions, 1, '2026-10-19T13:00:00.000Z', TZ);
    expect(forward.map((shift) => shift.start)).toEqual(['2026-11-02T15:00:00.000Z', '2026-11-16T16:30:00.000Z']);
    // Moving visit 2 back by 14 days: s3 crosses from EST back into EDT.
    const backward = shiftLaterSessions(sessions, 2, '2026-10-12T14:00:00.000Z', TZ);
    expect(backward).toEqual([
      { id: 's3', number: 3, previousStart: '2026-11-09T16:30:00.000Z', start: '2026-10-26T15:30:00.000Z' },
    ]);
  });

  it('returns the moved sessions in number order whatever the input order', () => {
    const shuffled = [sessions[3], sessions[2], sessions[0], sessions[1]].flatMap((session) =>
      session ? [session] : [],
    );
    const sameDayLater = [
      ...shuffled,
      { id: 's5', number: 5, start: '2026-12-07T15:00:00.000Z', status: 'scheduled' },
      { id: 's6', number: 6, start: '2026-11-30T15:00:00.000Z', status: 'scheduled' },
    ];
    expect(
      shiftLaterSessions(sameDayLater.reverse(), 1, '2026-10-13T14:00:00.000Z', TZ).map((shift) => shift.id),
    ).toEqual(['s2', 's3', 's5', 's6']);
  });

  it('refuses an unknown session number', () => {
    expect(() => shiftLaterSessions(sessions, 9, '2026-10-28T14:00:00.000Z', TZ)).toThrow('No session number 9');
  });
});
