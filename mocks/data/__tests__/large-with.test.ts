import { accounts } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import { api, setUpMockApi, signIn } from '../../server/__tests__/helpers';
import { db } from '../../server/db';
import { seed, seedLargeWith } from '../scenarios';

setUpMockApi('typical');

const requests = () => [...db.contactRequests.values()];

describe('seedLargeWith (the large scenario at another size)', () => {
  it('holds the typical clinic plus the extra requests, the same every time', () => {
    const typical = requests();
    seedLargeWith(1_000);
    const grown = requests();
    expect(grown).toHaveLength(typical.length + 1_000);
    expect(grown.filter((request) => typical.some((kept) => kept.id === request.id))).toEqual(typical);
    expect(db.scenario).toBe('large');
    seedLargeWith(1_000);
    expect(requests()).toEqual(grown);
  });

  it("with 10,000 extra requests is the 'large' scenario", () => {
    seedLargeWith(10_000);
    const grown = requests();
    seed('large');
    expect(requests()).toEqual(grown);
  });

  it('keeps people signed in only when asked', async () => {
    const token = await signIn(accounts.front_desk);
    seedLargeWith(50, undefined, { keepSessions: true });
    expect((await api('/contact-requests/counts', { token })).status).toBe(200);
    seedLargeWith(50);
    expect((await api('/contact-requests/counts', { token })).status).toBe(401);
  });
});
