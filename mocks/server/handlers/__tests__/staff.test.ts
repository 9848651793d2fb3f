import { accounts } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import { type Problem, problemTypes } from '@/lib/problem';
import type { WeeklyHours } from '@/lib/schema-fields';
import type { StaffMember } from '@/shared/staff/schemas';
import { api, latestAudit, setUpMockApi, signIn, staffIdOf } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('typical');

function memberOf(email: string): StaffMember {
  const member = db.staff.get(staffIdOf(email));
  if (!member) throw new Error(`No staff member ${email}`);
  return member;
}

async function update(
  token: string,
  member: StaffMember,
  change: Partial<StaffMember> & { confirmSessions?: boolean },
) {
  const { id, ...rest } = member;
  return api<StaffMember & Problem>(`/staff/${id}`, { method: 'PUT', token, body: { ...rest, ...change } });
}

const futureSessionsOf = (clinicianId: string) =>
  [...db.sessions.values()].filter(
    (session) =>
      session.clinicianId === clinicianId && session.status === 'scheduled' && session.start > '2026-11-25T15:00:00Z',
  );

describe('staff accounts', () => {
  it('never leaves the clinic without an active admin', async () => {
    const token = await signIn(accounts.admin);
    const admin = memberOf(accounts.admin);
    for (const change of [{ active: false }, { role: 'front_desk' as const }]) {
      const refused = await update(token, admin, change);
      expect(refused.status).toBe(409);
      expect(refused.body.type).toBe(problemTypes.invalidTransition);
      expect(refused.body.detail).toMatch(
        /^Alex Morgan is the last active admin and cannot be (deactivated|given another role)/,
      );
    }
    // With a second admin, the first can step down.
    const priya = memberOf('priya.shah@veindesk.test');
    expect((await update(token, priya, { role: 'admin' })).status).toBe(200);
    expect((await update(token, admin, { role: 'front_desk' })).body).toMatchObject({ role: 'front_desk' });
  });

  it('signs a deactivated account out at its next request and refuses its sign-in until reactivated', async () => {
    const clinicianToken = await signIn(accounts.clinician);
    const adminToken = await signIn(accounts.admin);
    const elena = memberOf(accounts.clinician);
    expect((await api('/auth/me', { token: clinicianToken })).status).toBe(200);

    const deactivated = await update(adminToken, elena, { active: false, confirmSessions: true });
    expect(deactivated.status).toBe(200);
    expect(latestAudit()[0]).toMatchObject({
      action: 'deactivate',
      changes: [{ field: 'active', before: 'yes', after: 'no' }],
    });

    const next = await api<Problem>('/auth/me', { token: clinicianToken });
    expect(next.status).toBe(401);
    const login = await api<Problem>('/auth/login', { body: { email: accounts.clinician, password: 'veindesk-demo' } });
    expect(login.status).toBe(401);

    const reactivated = await update(adminToken, deactivated.body, { active: true });
    expect(reactivated.body).toMatchObject({ active: true });
    expect(latestAudit()[0]?.action).toBe('reactivate');
    expect(await signIn(accounts.clinician)).toMatch(/^vd_/);
    // The old session stays ended.
    expect((await api('/auth/me', { token: clinicianToken })).status).toBe(401);
  });

  it("lists a clinician's booked visits before deactivating, and moves none of them", async () => {
    const token = await signIn(accounts.admin);
    const elena = memberOf(accounts.clinician);
    const booked = futureSessionsOf(elena.id);
    expect(booked.length).toBeGreaterThan(0);

    const refused = await update(token, elena, { active: false });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe(problemTypes.scheduleConflict);
    expect(refused.body.clashes?.map((clash) => clash.sessionId).sort()).toEqual(booked.map((s) => s.id).sort());
    expect(db.staff.get(elena.id)?.active).toBe(true);

    expect((await update(token, elena, { active: false, confirmSessions: true })).status).toBe(200);
    expect(futureSessionsOf(elena.id)).toEqual(booked);
  });

  it('refuses working hours that leave booked visits outside them unless confirmed, with the list', async () => {
    const token = await signIn(accounts.admin);
    const elena = memberOf(accounts.clinician);
    const booked = futureSessionsOf(elena.id);
    // Fridays off: every Friday visit falls outside (clinic time, New York).
    const hours: WeeklyHours = elena.workingHours?.with(5, null) ?? [];
    const fridays = booked.filter((session) => new Date(Date.parse(session.start) - 5 * 3_600_000).getUTCDay() === 5);
    expect(fridays.length).toBeGreaterThan(0);

    const refused = await update(token, elena, { workingHours: hours });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/would fall outside the new working hours/);
    expect(refused.body.clashes?.map((clash) => clash.sessionId).sort()).toEqual(fridays.map((s) => s.id).sort());

    const saved = await update(token, elena, { workingHours: hours, confirmSessions: true });
    expect(saved.status).toBe(200);
    expect(latestAudit()[0]?.changes).toEqual([
      {
        field: 'workingHours',
        before: 'Mon, Wed, Fri 10:00–18:00',
        after: 'Mon, Wed 10:00–18:00',
      },
    ]);
    expect(futureSessionsOf(elena.id)).toEqual(booked);

    // Hours that keep every visit inside need no confirmation.
    const wider = hours.with(2, { open: '08:00', close: '12:00' });
    expect((await update(token, saved.body, { workingHours: wider })).status).toBe(200);
  });
});
