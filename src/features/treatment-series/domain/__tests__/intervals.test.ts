import { describe, expect, it } from 'vitest';
import { containsInterval, intervalFrom, overlaps, sessionInterval } from '../intervals';

describe('intervals', () => {
  it('builds a session interval from start and duration', () => {
    expect(sessionInterval({ start: '2026-10-26T14:00:00.000Z', durationMinutes: 45 })).toEqual({
      start: '2026-10-26T14:00:00.000Z',
      end: '2026-10-26T14:45:00.000Z',
    });
  });

  it('normalises offsets to UTC ISO', () => {
    expect(intervalFrom('2026-10-26T10:00:00-04:00', 30)).toEqual({
      start: '2026-10-26T14:00:00.000Z',
      end: '2026-10-26T14:30:00.000Z',
    });
  });

  it('treats touching intervals as not overlapping', () => {
    const a = intervalFrom('2026-10-26T14:00:00.000Z', 30);
    const b = intervalFrom('2026-10-26T14:30:00.000Z', 30);
    expect(overlaps(a, b)).toBe(false);
    expect(overlaps(b, a)).toBe(false);
  });

  it('detects partial, contained and identical overlaps', () => {
    const a = intervalFrom('2026-10-26T14:00:00.000Z', 60);
    expect(overlaps(a, intervalFrom('2026-10-26T14:59:00.000Z', 30))).toBe(true);
    expect(overlaps(a, intervalFrom('2026-10-26T14:15:00.000Z', 15))).toBe(true);
    expect(overlaps(a, a)).toBe(true);
    expect(overlaps(a, intervalFrom('2026-10-26T13:00:00.000Z', 60))).toBe(false);
  });

  it('checks containment with inclusive bounds', () => {
    const day = { start: '2026-10-26T13:00:00.000Z', end: '2026-10-26T21:00:00.000Z' };
    expect(containsInterval(day, intervalFrom('2026-10-26T20:00:00.000Z', 60))).toBe(true);
    expect(containsInterval(day, intervalFrom('2026-10-26T20:30:00.000Z', 60))).toBe(false);
  });
});
