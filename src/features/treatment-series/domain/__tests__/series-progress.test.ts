import { describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../schemas';
import { deriveSeriesProgress, type ProgressInput, seriesVisitSummary } from '../series-progress';
import { TZ } from './fixtures';

function session(start: string, status: SessionStatus, durationMinutes = 45) {
  return { start, status, durationMinutes };
}

function activeSeries(sessions: ProgressInput['sessions'], plannedSessions = 3): ProgressInput {
  return { status: 'active', plannedSessions, spacingDays: 14, sessions };
}

const NOW = '2026-11-02T17:00:00.000Z';

describe('deriveSeriesProgress', () => {
  it('is discontinued whenever the series is discontinued', () => {
    const series = {
      ...activeSeries([session('2026-11-09T15:00:00.000Z', 'scheduled')]),
      status: 'discontinued' as const,
    };
    expect(deriveSeriesProgress(series, NOW, TZ)).toBe('discontinued');
  });

  it('is completed by status or when every planned session is completed', () => {
    expect(deriveSeriesProgress({ ...activeSeries([]), status: 'completed' }, NOW, TZ)).toBe('completed');
    const allDone = activeSeries(
      [session('2026-10-05T14:00:00.000Z', 'completed'), session('2026-10-19T14:00:00.000Z', 'completed')],
      2,
    );
    expect(deriveSeriesProgress(allDone, NOW, TZ)).toBe('completed');
  });

  it('is on track with an upcoming or in-progress scheduled session', () => {
    const upcoming = activeSeries([
      session('2026-10-19T14:00:00.000Z', 'completed'),
      session('2026-11-09T15:00:00.000Z', 'scheduled'),
    ]);
    expect(deriveSeriesProgress(upcoming, NOW, TZ)).toBe('on_track');
    const inProgress = activeSeries([session('2026-11-02T16:30:00.000Z', 'scheduled', 60)]);
    expect(deriveSeriesProgress(inProgress, NOW, TZ)).toBe('on_track');
  });

  it('needs booking when sessions are missing but the spacing has not passed', () => {
    const series = activeSeries([session('2026-10-30T14:00:00.000Z', 'completed')]);
    expect(deriveSeriesProgress(series, NOW, TZ)).toBe('needs_booking');
    expect(deriveSeriesProgress(activeSeries([]), NOW, TZ)).toBe('needs_booking');
  });

  it('needs booking when the only future sessions are cancelled', () => {
    const series = activeSeries([
      session('2026-10-30T14:00:00.000Z', 'completed'),
      session('2026-11-13T15:00:00.000Z', 'cancelled'),
    ]);
    expect(deriveSeriesProgress(series, NOW, TZ)).toBe('needs_booking');
  });

  it('is overdue the day after the spacing passes with nothing booked, in clinic calendar days', () => {
    const series = activeSeries([session('2026-10-26T14:00:00.000Z', 'completed')]);
    // Monday 9 Nov 23:30 in New York is already 10 Nov in UTC: still 14 clinic days.
    expect(deriveSeriesProgress(series, '2026-11-10T04:30:00.000Z', TZ)).toBe('needs_booking');
    expect(deriveSeriesProgress(series, '2026-11-10T05:30:00.000Z', TZ)).toBe('overdue');
  });

  it('is overdue after a no-show long ago when nothing was completed', () => {
    const series = activeSeries([session('2026-10-13T14:00:00.000Z', 'no_show')]);
    expect(deriveSeriesProgress(series, NOW, TZ)).toBe('overdue');
  });

  it('stays on track while a fully booked plan waits for an outcome', () => {
    const series = activeSeries(
      [session('2026-10-19T14:00:00.000Z', 'completed'), session('2026-10-30T14:00:00.000Z', 'scheduled')],
      2,
    );
    expect(deriveSeriesProgress(series, NOW, TZ)).toBe('on_track');
  });
});

describe('seriesVisitSummary', () => {
  const sessions: { id: string; start: string; status: SessionStatus; durationMinutes: number }[] = [
    { id: 'a', ...session('2026-10-19T14:00:00.000Z', 'completed') },
    { id: 'b', ...session('2026-11-16T15:00:00.000Z', 'scheduled') },
    { id: 'c', ...session('2026-11-02T15:00:00.000Z', 'completed') },
    { id: 'd', ...session('2026-11-30T15:00:00.000Z', 'scheduled') },
  ];

  it('summarises completed, next and last visits', () => {
    const summary = seriesVisitSummary({ plannedSessions: 4, sessions }, '2026-11-16T13:00:00.000Z', TZ);
    expect(summary).toEqual({
      completed: 2,
      planned: 4,
      nextSession: sessions[1],
      lastSession: sessions[2],
      unrecordedSession: null,
      daysSinceLast: 14,
    });
  });

  it('names the earliest past visit still waiting for its outcome', () => {
    // Monday 16 November 10:46 in New York: visit b (10:00–10:45) has ended unrecorded; d is next.
    const summary = seriesVisitSummary({ plannedSessions: 4, sessions }, '2026-11-16T15:46:00.000Z', TZ);
    expect(summary.unrecordedSession).toBe(sessions[1]);
    expect(summary.nextSession).toBe(sessions[3]);
    // It ends at 10:45: from then on it waits for its outcome; a second earlier it is in progress.
    const atEnd = seriesVisitSummary({ plannedSessions: 4, sessions }, '2026-11-16T15:45:00.000Z', TZ);
    expect(atEnd.unrecordedSession).toBe(sessions[1]);
    const during = seriesVisitSummary({ plannedSessions: 4, sessions }, '2026-11-16T15:44:59.000Z', TZ);
    expect(during.unrecordedSession).toBeNull();
    expect(during.nextSession).toBe(sessions[1]);
  });

  it('counts whole 24-hour days without a time zone', () => {
    const summary = seriesVisitSummary({ plannedSessions: 4, sessions }, '2026-11-16T13:00:00.000Z');
    expect(summary.daysSinceLast).toBe(13);
  });

  it('has no last visit or days before the first completion', () => {
    const summary = seriesVisitSummary({ plannedSessions: 3, sessions: sessions.slice(1, 2) }, NOW, TZ);
    expect(summary).toEqual({
      completed: 0,
      planned: 3,
      nextSession: sessions[1],
      lastSession: null,
      unrecordedSession: null,
      daysSinceLast: null,
    });
  });
});
