import { accounts, fixedNow } from '@tests/fixtures';
import { describe, expect, it, vi } from 'vitest';
import { api, latestAudit, setUpMockApi, signIn } from '../../server/__tests__/helpers';
import { db } from '../../server/db';
import { clock } from '../clock';
import * as control from '../control';
import { network } from '../network';

setUpMockApi('typical');

describe('mock control API (the dev panel)', () => {
  it('keeps one state object until something changes, and tells subscribers', () => {
    const listener = vi.fn();
    const unsubscribe = control.subscribe(listener);
    const before = control.getMockState();
    expect(control.getMockState()).toBe(before);
    control.setLatency(400);
    control.setFailureRate(1.5);
    control.failNext(2, 'network');
    expect(listener).toHaveBeenCalledTimes(3);
    expect(control.getMockState()).toMatchObject({
      scenario: 'typical',
      latencyMs: 400,
      failureRate: 1,
      queuedFailures: 2,
    });
    expect(network.queuedFailures).toEqual(['network', 'network']);
    unsubscribe();
  });

  it('moves the clock, lets it run from there, and goes back to real time', () => {
    control.advanceClock(90);
    expect(clock.nowIso()).toBe('2026-11-25T16:30:00.000Z');
    control.setClockTo('2027-01-04T14:00:00.000Z');
    expect(control.getMockState()).toMatchObject({ clockMode: 'shifted' });
    expect(Date.parse(control.getMockState().now ?? '')).toBeGreaterThanOrEqual(Date.parse('2027-01-04T14:00:00.000Z'));
    control.setClockTo(null);
    expect(control.getMockState()).toMatchObject({ clockMode: 'real', now: null });
    expect(Math.abs(clock.nowMs() - Date.now())).toBeLessThan(1000);
  });

  it('simulates a website request through the public intake path', () => {
    const before = db.contactRequests.size;
    control.simulateIncomingRequest();
    expect(db.contactRequests.size).toBe(before + 1);
    const added = [...db.contactRequests.values()].at(-1);
    expect(added).toMatchObject({ status: 'new', receivedAt: fixedNow });
    expect(added?.phone).toMatch(/^\+1\d{3}555\d{4}$/);
    expect(latestAudit()[0]).toMatchObject({ action: 'receive', actorName: 'Clinic website', entityId: added?.id });
  });

  it('switches scenario and resets the data, keeping people signed in', async () => {
    const token = await signIn(accounts.front_desk);
    control.setScenario('empty');
    expect(control.getMockState().scenario).toBe('empty');
    expect(db.contactRequests.size).toBe(0);
    expect((await api('/auth/me', { token })).status).toBe(200);

    control.setScenario('typical');
    const typicalCount = db.contactRequests.size;
    control.simulateIncomingRequest();
    control.resetData();
    expect(db.contactRequests.size).toBe(typicalCount);
    expect((await api('/auth/me', { token })).status).toBe(200);
  });
});
