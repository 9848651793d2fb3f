import { afterEach, describe, expect, it } from 'vitest';
import { clock } from '../clock';

const realNow = Date.now();
const hostNow = Date.UTC(2026, 10, 27, 16, 30);

// The test setup freezes the clock before each test; only the page's offset needs undoing.
afterEach(() => clock.followHost(Date.now()));

describe('the mock clock in a worker, following the page', () => {
  it("takes the page's time as real time, and keeps a shifted clock's offset from it", () => {
    clock.followRealTime();
    clock.followHost(hostNow);
    expect(Math.abs(clock.nowMs() - hostNow)).toBeLessThan(1_000);

    clock.setNow('2026-11-27T18:30:00.000Z', { frozen: false });
    clock.followHost(hostNow + 60_000);
    expect(Math.abs(clock.nowMs() - Date.parse('2026-11-27T18:31:00.000Z'))).toBeLessThan(1_000);
    expect(Math.abs(Date.now() - realNow)).toBeLessThan(60_000);
  });

  it('leaves a frozen clock where it is', () => {
    clock.setNow('2026-11-25T15:00:00.000Z');
    clock.followHost(hostNow);
    expect(clock.nowIso()).toBe('2026-11-25T15:00:00.000Z');
  });
});
