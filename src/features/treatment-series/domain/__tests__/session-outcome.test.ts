import { describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../schemas';
import {
  bookNextProposal,
  type CallSettings,
  followUpsForCompletedSession,
  followUpsForNoShow,
} from '../session-outcome';
import { openingHours, TZ } from './fixtures';

const settings: CallSettings = {
  timeZone: TZ,
  openingHours,
  closedDates: ['2026-11-26'],
  postTreatmentCallHours: 72,
  seriesCompleteCheckInDays: 21,
};

function seriesWith(statuses: SessionStatus[], plannedSessions = 3) {
  return {
    plannedSessions,
    sessions: statuses.map((status, index) => ({ id: `s${index + 1}`, number: index + 1, status })),
  };
}

const visit1 = { id: 's1', number: 1, start: '2026-10-26T14:00:00.000Z', durationMinutes: 45 };
const visit3 = { id: 's3', number: 3, start: '2026-11-23T15:00:00.000Z', durationMinutes: 60 };

describe('followUpsForCompletedSession', () => {
  it('creates the 72-hour check and a book-next call when the next visit is not booked', () => {
    const result = followUpsForCompletedSession({
      session: visit1,
      series: seriesWith(['scheduled']),
      now: '2026-10-26T14:50:00.000Z',
      settings,
    });
    expect(result).toEqual({
      seriesCompleted: false,
      calls: [
        {
          reason: 'post_treatment_72h',
          dueAt: '2026-10-29T14:45:00.000Z',
          note: 'Post-treatment check after visit 1 of 3',
          about: 'session',
        },
        { reason: 'book_next_session', dueAt: '2026-10-27T13:00:00.000Z', note: 'Book visit 2 of 3', about: 'series' },
      ],
    });
  });

  it('creates only the 72-hour check when the remaining visits are booked', () => {
    const result = followUpsForCompletedSession({
      session: visit1,
      series: seriesWith(['scheduled', 'scheduled', 'scheduled']),
      now: '2026-10-26T14:50:00.000Z',
      settings,
    });
    expect(result.calls.map((call) => call.reason)).toEqual(['post_treatment_72h']);
    expect(result.seriesCompleted).toBe(false);
  });

  it('on the last planned visit completes the series and plans the check-in 21 days on, in opening hours', () => {
    const result = followUpsForCompletedSession({
      session: visit3,
      series: seriesWith(['completed', 'completed', 'scheduled']),
      now: '2026-11-23T16:05:00.000Z',
      settings,
    });
    expect(result.seriesCompleted).toBe(true);
    expect(result.calls).toEqual([
      expect.objectContaining({ reason: 'post_treatment_72h', dueAt: '2026-11-27T14:00:00.000Z' }),
      {
        reason: 'series_complete_check_in',
        // Ends Mon 23 Nov 11:00; 21 days later is Mon 14 Dec 11:00.
        dueAt: '2026-12-14T16:00:00.000Z',
        note: 'Check in 21 days after the last visit, when compression ends',
        about: 'series',
      },
    ]);
  });

  it('moves the 72-hour check off the holiday and out of the evening', () => {
    // Ends Mon 23 Nov 11:00: 72 hours is Thanksgiving (closed), so Friday at opening.
    const holiday = followUpsForCompletedSession({
      session: visit3,
      series: seriesWith(['completed', 'completed', 'scheduled']),
      now: '2026-11-23T16:05:00.000Z',
      settings,
    });
    expect(holiday.calls[0]?.dueAt).toBe('2026-11-27T14:00:00.000Z');
    const late = { id: 's1', number: 1, start: '2026-11-16T21:30:00.000Z', durationMinutes: 45 };
    const evening = followUpsForCompletedSession({
      session: late,
      series: seriesWith(['scheduled']),
      now: late.start,
      settings,
    });
    // Ends 17:15 Monday; Thursday 17:15 is after closing: Friday 09:00.
    expect(evening.calls[0]?.dueAt).toBe('2026-11-20T14:00:00.000Z');
  });

  it('uses the configured hours and days', () => {
    const result = followUpsForCompletedSession({
      session: visit3,
      series: seriesWith(['completed', 'completed', 'scheduled']),
      now: '2026-11-23T16:05:00.000Z',
      settings: { ...settings, postTreatmentCallHours: 48, seriesCompleteCheckInDays: 28 },
    });
    expect(result.calls.map((call) => call.dueAt)).toEqual(['2026-11-25T16:00:00.000Z', '2026-12-21T16:00:00.000Z']);
  });

  it('keeps 72 real hours across the DST change, then into opening hours', () => {
    const friday = { id: 's1', number: 1, start: '2026-10-30T14:00:00.000Z', durationMinutes: 60 };
    const result = followUpsForCompletedSession({
      session: friday,
      series: seriesWith(['scheduled']),
      now: '2026-10-30T20:00:00.000Z',
      settings,
    });
    // Ends Friday 11:00 EDT (15:00Z); 72 hours later is Monday 10:00 EST.
    expect(result.calls[0]?.dueAt).toBe('2026-11-02T15:00:00.000Z');
    // The book-next call: the next day, Saturday, opens at 09:00 EDT.
    expect(result.calls[1]?.dueAt).toBe('2026-10-31T13:00:00.000Z');
  });

  it('calls at the patient’s preferred time', () => {
    const result = followUpsForCompletedSession({
      session: visit1,
      series: seriesWith(['scheduled']),
      now: '2026-10-26T14:50:00.000Z',
      settings,
      preferredTimes: ['afternoon'],
    });
    expect(result.calls.map((call) => call.dueAt)).toEqual(['2026-10-29T16:00:00.000Z', '2026-10-27T16:00:00.000Z']);
  });
});

describe('bookNextProposal names the visit still to book', () => {
  const now = '2026-11-23T16:05:00.000Z';

  it('names the cancelled visit 2, not "visit 3", while visit 3 is booked', () => {
    const proposal = bookNextProposal(seriesWith(['completed', 'cancelled', 'scheduled']), now, settings);
    expect(proposal?.note).toBe('Rebook visit 2 of 3 (cancelled)');
  });

  it('names a missed visit', () => {
    expect(bookNextProposal(seriesWith(['completed', 'no_show', 'scheduled']), now, settings)?.note).toBe(
      'Rebook visit 2 of 3 (missed)',
    );
  });

  it('names the next unbooked visit, and nothing once every planned visit is booked', () => {
    expect(bookNextProposal(seriesWith(['completed', 'scheduled']), now, settings)?.note).toBe('Book visit 3 of 3');
    const replaced = {
      plannedSessions: 3,
      sessions: [
        ...seriesWith(['completed', 'cancelled', 'scheduled']).sessions,
        { id: 's4', number: 4, status: 'scheduled' as const },
      ],
    };
    expect(bookNextProposal(replaced, now, settings)).toBeNull();
  });

  it('falls due at the next open day’s opening, skipping the holiday', () => {
    const proposal = bookNextProposal(seriesWith(['completed']), '2026-11-25T17:00:00.000Z', settings);
    expect(proposal?.dueAt).toBe('2026-11-27T14:00:00.000Z');
  });
});

describe('followUpsForNoShow', () => {
  it('creates one rebooking call naming the missed visit, due the next open day at opening', () => {
    const calls = followUpsForNoShow({
      session: { id: 's2', number: 2, start: '2026-10-30T14:00:00.000Z', durationMinutes: 45 },
      series: seriesWith(['completed', 'scheduled', 'scheduled']),
      now: '2026-10-30T14:30:00.000Z',
      settings,
    });
    expect(calls).toEqual([
      {
        reason: 'book_next_session',
        dueAt: '2026-10-31T13:00:00.000Z',
        note: 'Rebook visit 2 of 3 (missed)',
        about: 'series',
      },
    ]);
  });
});
