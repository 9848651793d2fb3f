import { describe, expect, it } from 'vitest';
import { responseDueAt } from '@/features/contact-requests/domain/response-time';
import { createRandom } from '../../../data/random';
import { setUpMockApi } from '../../__tests__/helpers';
import { db } from '../../db';
import { clearRequestDueTimes, requestDueMs } from '../request-lateness';

setUpMockApi('empty');

/** Instants around both 2026 DST changes and ordinary weeks, including exact closing times. */
function sampleInstants(): string[] {
  const random = createRandom(42);
  const spans = ['2026-03-05T00:00:00Z', '2026-10-28T00:00:00Z', '2026-11-18T00:00:00Z'];
  const instants = spans.flatMap((start) =>
    Array.from({ length: 25 }, () => new Date(Date.parse(start) + random.int(0, 14 * 24 * 60) * 60_000).toISOString()),
  );
  return [...instants, '2026-11-27T23:00:00.000Z', '2026-11-28T18:00:00.000Z', '2026-11-28T17:59:59.000Z'];
}

describe('requestDueMs (the cached response-time rule)', () => {
  it('matches responseDueAt for every instant', () => {
    const { responseTargetBusinessDays, openingHours, timeZone } = db.settings;
    for (const receivedAt of sampleInstants()) {
      const expected = responseDueAt(receivedAt, responseTargetBusinessDays, openingHours, timeZone);
      expect(new Date(requestDueMs({ receivedAt })).toISOString(), receivedAt).toBe(expected);
    }
  });

  it('follows changed settings once the cache is cleared', () => {
    db.settings = {
      ...db.settings,
      responseTargetBusinessDays: 2,
      openingHours: db.settings.openingHours.with(6, null).with(3, { open: '12:00', close: '20:30' }),
    };
    clearRequestDueTimes();
    const { openingHours, timeZone } = db.settings;
    for (const receivedAt of sampleInstants()) {
      expect(new Date(requestDueMs({ receivedAt })).toISOString(), receivedAt).toBe(
        responseDueAt(receivedAt, 2, openingHours, timeZone),
      );
    }
  });
});
