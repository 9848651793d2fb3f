import { describe, expect, it } from 'vitest';
import type { WeeklyHours } from '@/lib/schema-fields';
import type { SessionStatus } from '../../schemas';
import { followUpsForCompletedSession, followUpsForNoShow } from '../session-outcome';
import { openingHours, TZ } from './fixtures';

const weekdaysOnly: WeeklyHours = openingHours.map((hours, day) => (day === 6 ? null : hours));

function seriesWith(statuses: SessionStatus[], plannedSessions = 3) {
  return { plannedSessions, sessions: statuses.map((status, index) => ({ id: `s${index + 1}`, status })) };
}

const visit1 = { id: 's1', number: 1, start: '2026-10-26T14:00:00.000Z', durationMinutes: 45 };

describe('followUpsForCompletedSession', () => {
  it('creates the 72-hour check and a book-next call when the next visit is not booked', () => {
    const result = followUpsForCompletedSession({
      session: visit1,
      series: seriesWith(['scheduled']),
      now: '2026-10-26T14:50:00.000Z',
      tz: TZ,
      openingHours,
    });
    expect(result).toEqual({
      seriesCompleted: false,
      calls: [
        {
          reason: 'post_treatment_72h',
          dueAt: '2026-10-29T14:45:00.000Z',
          note: '72-hour post-treatment check after visit 1 of 3',
        },
        { reason: 'book_next_session', dueAt: '2026-10-27T13:00:00.000Z', note: 'Book visit 2 of 3' },
      ],
    });
  });

  it('creates only the 72-hour check when the remaining visits are booked', () => {
    const result = followUpsForCompletedSession({
      session: visit1,
      series: seriesWith(['scheduled', 'scheduled', 'scheduled']),
      now: '2026-10-26T14:50:00.000Z',
      tz: TZ,
      openingHours,
    });
    expect(result.calls.map((call) => call.reason)).toEqual(['post_treatment_72h']);
    expect(result.seriesCompleted).toBe(false);
  });

  it('completes the series on the last planned visit, without a book-next call', () => {
    const result = followUpsForCompletedSession({
      session: { id: 's3', number: 3, start: '2026-11-23T15:00:00.000Z', durationMinutes: 60 },
      series: seriesWith(['completed', 'completed', 'scheduled']),
      now: '2026-11-23T16:05:00.000Z',
      tz: TZ,
      openingHours,
    });
    expect(result).toEqual({
      seriesCompleted: true,
      calls: [
        {
          reason: 'post_treatment_72h',
          dueAt: '2026-11-26T16:00:00.000Z',
          note: '72-hour post-treatment check after visit 3 of 3',
        },
      ],
    });
  });

  it('asks to rebook when an earlier no-show left the plan short', () => {
    const result = followUpsForCompletedSession({
      session: { id: 's3', number: 3, start: '2026-11-23T15:00:00.000Z', durationMinutes: 60 },
      series: seriesWith(['completed', 'no_show', 'scheduled']),
      now: '2026-11-23T16:05:00.000Z',
      tz: TZ,
      openingHours,
    });
    expect(result.seriesCompleted).toBe(false);
    expect(result.calls[1]).toEqual({
      reason: 'book_next_session',
      dueAt: '2026-11-24T14:00:00.000Z',
      note: 'Book visit 3 of 3',
    });
  });

  it('due times: 72 real hours across DST, next open day over a weekend', () => {
    const friday = { id: 's1', number: 1, start: '2026-10-30T14:00:00.000Z', durationMinutes: 60 };
    const input = { session: friday, series: seriesWith(['scheduled']), now: '2026-10-30T20:00:00.000Z', tz: TZ };
    const withSaturday = followUpsForCompletedSession({ ...input, openingHours });
    // Ends Friday 11:00 EDT (15:00Z); 72 hours later is Monday 10:00 EST.
    expect(withSaturday.calls[0]?.dueAt).toBe('2026-11-02T15:00:00.000Z');
    expect(withSaturday.calls[1]?.dueAt).toBe('2026-10-31T13:00:00.000Z');
    const weekdays = followUpsForCompletedSession({ ...input, openingHours: weekdaysOnly });
    expect(weekdays.calls[1]?.dueAt).toBe('2026-11-02T14:00:00.000Z');
  });
});

describe('followUpsForNoShow', () => {
  it('creates one rebooking call due the next business day at opening', () => {
    const calls = followUpsForNoShow({
      session: { id: 's2', number: 2, start: '2026-10-30T14:00:00.000Z', durationMinutes: 45 },
      series: seriesWith(['completed', 'no_show', 'scheduled']),
      now: '2026-10-30T14:30:00.000Z',
      tz: TZ,
      openingHours: weekdaysOnly,
    });
    expect(calls).toEqual([
      { reason: 'book_next_session', dueAt: '2026-11-02T14:00:00.000Z', note: 'Missed visit 2 of 3: rebook' },
    ]);
  });
});
