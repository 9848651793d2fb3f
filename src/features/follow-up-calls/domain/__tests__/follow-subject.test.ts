import { TZ, withSaturday } from '@tests/clinic-week';
import { describe, expect, it } from 'vitest';
import type { CallHours } from '@/features/treatment-series/domain/call-due-time';
import type { SessionStatus } from '@/features/treatment-series/schemas';
import { alreadyProposed, type KnownCall, movedCallDueTimes, reconcileSeriesCalls } from '../follow-subject';

const settings: CallHours = { timeZone: TZ, openingHours: withSaturday, closedDates: [] };
const now = '2026-11-24T15:00:00.000Z';
const activeSeries = { id: 'ser1', status: 'active' as const, plannedSessions: 3, discontinuedReason: null };

function sessions(...statuses: SessionStatus[]) {
  return statuses.map((status, index) => ({ id: `s${index + 1}`, number: index + 1, status }));
}

function call(id: string, overrides: Partial<KnownCall> = {}): KnownCall {
  return {
    id,
    reason: 'book_next_session',
    subject: { kind: 'series', id: 'ser1' },
    note: 'Book visit 3 of 3',
    dueAt: '2026-11-25T14:00:00.000Z',
    status: 'due',
    ...overrides,
  };
}

const postTreatment = (id: string, sessionId: string, status: KnownCall['status'] = 'due') =>
  call(id, { reason: 'post_treatment_72h', subject: { kind: 'session', id: sessionId }, status });

describe('reconcileSeriesCalls', () => {
  it('completes the book-next call once the next visit is booked', () => {
    const changes = reconcileSeriesCalls({
      series: activeSeries,
      sessions: sessions('completed', 'scheduled', 'scheduled'),
      calls: [call('c1'), postTreatment('c2', 's1')],
      now,
      settings,
    });
    expect(changes).toEqual([
      { kind: 'close', callId: 'c1', status: 'done', outcomeNote: 'Every planned visit is booked' },
    ]);
  });

  it('renames a book-next call that names a booked visit (cancelled visit 2, visit 3 still booked)', () => {
    const changes = reconcileSeriesCalls({
      series: activeSeries,
      sessions: sessions('completed', 'cancelled', 'scheduled'),
      calls: [call('c1')],
      now,
      settings,
    });
    expect(changes).toEqual([{ kind: 'update', callId: 'c1', note: 'Rebook visit 2 of 3 (cancelled)' }]);
  });

  it('creates a book-next call when cancelling a visit leaves the plan short, and only one', () => {
    const input = { series: activeSeries, sessions: sessions('completed', 'cancelled', 'scheduled'), now, settings };
    expect(reconcileSeriesCalls({ ...input, calls: [] })).toEqual([
      {
        kind: 'create',
        proposal: {
          reason: 'book_next_session',
          dueAt: '2026-11-25T14:00:00.000Z',
          note: 'Rebook visit 2 of 3 (cancelled)',
          about: 'series',
        },
      },
    ]);
    const existing = call('c1', { note: 'Rebook visit 2 of 3 (cancelled)' });
    expect(reconcileSeriesCalls({ ...input, calls: [existing] })).toEqual([]);
  });

  it('a done or cancelled call is left alone; a new need gets a new call', () => {
    const changes = reconcileSeriesCalls({
      series: activeSeries,
      sessions: sessions('completed', 'scheduled'),
      calls: [call('c1', { status: 'done' })],
      now,
      settings,
    });
    expect(changes).toEqual([expect.objectContaining({ kind: 'create' })]);
  });

  it('cancels the open calls about a cancelled visit', () => {
    const changes = reconcileSeriesCalls({
      series: activeSeries,
      sessions: sessions('completed', 'cancelled', 'scheduled'),
      calls: [
        postTreatment('c1', 's2'),
        postTreatment('c2', 's1'),
        call('c3', { note: 'Rebook visit 2 of 3 (cancelled)' }),
      ],
      now,
      settings,
    });
    expect(changes).toEqual([
      { kind: 'close', callId: 'c1', status: 'cancelled', outcomeNote: 'Visit 2 was cancelled' },
    ]);
  });

  it('discontinuing cancels every open call with the reason, and only the open ones', () => {
    const changes = reconcileSeriesCalls({
      series: { ...activeSeries, status: 'discontinued', discontinuedReason: 'Moved away' },
      sessions: sessions('completed', 'cancelled', 'cancelled'),
      calls: [call('c1'), postTreatment('c2', 's1', 'no_answer'), postTreatment('c3', 's1', 'done')],
      now,
      settings,
    });
    expect(changes).toEqual([
      { kind: 'close', callId: 'c1', status: 'cancelled', outcomeNote: 'Series discontinued: Moved away' },
      { kind: 'close', callId: 'c2', status: 'cancelled', outcomeNote: 'Series discontinued: Moved away' },
    ]);
  });

  it('a completed series needs no book-next call', () => {
    const changes = reconcileSeriesCalls({
      series: { ...activeSeries, status: 'completed' },
      sessions: sessions('completed', 'completed', 'completed'),
      calls: [],
      now,
      settings,
    });
    expect(changes).toEqual([]);
  });
});

describe('alreadyProposed (idempotency)', () => {
  it('a visit gets one post-treatment check, even after it was done', () => {
    expect(alreadyProposed({ reason: 'post_treatment_72h' }, 's1', [postTreatment('c1', 's1', 'done')])).toBe(true);
    expect(alreadyProposed({ reason: 'post_treatment_72h' }, 's2', [postTreatment('c1', 's1')])).toBe(false);
    expect(alreadyProposed({ reason: 'post_treatment_72h' }, 's1', [postTreatment('c1', 's1', 'cancelled')])).toBe(
      false,
    );
  });

  it('a series has one open book-next call at a time', () => {
    expect(alreadyProposed({ reason: 'book_next_session' }, 'ser1', [call('c1')])).toBe(true);
    expect(alreadyProposed({ reason: 'book_next_session' }, 'ser1', [call('c1', { status: 'done' })])).toBe(false);
  });
});

describe('movedCallDueTimes', () => {
  it('moves the open calls about the visit by as much as it moved, into opening hours', () => {
    const calls = [
      call('c1', { reason: 'other', subject: { kind: 'session', id: 's2' }, dueAt: '2026-11-27T21:00:00.000Z' }),
      call('c2', { reason: 'other', subject: { kind: 'session', id: 's2' }, status: 'done' }),
      call('c3'),
    ];
    // Visit 2 moves one day later: Friday 16:00 becomes Saturday 16:00, after Saturday's 13:00 close.
    const moved = movedCallDueTimes(calls, 's2', '2026-11-30T15:00:00.000Z', '2026-12-01T15:00:00.000Z', settings);
    expect(moved).toEqual([{ callId: 'c1', dueAt: '2026-11-30T14:00:00.000Z' }]);
  });
});
