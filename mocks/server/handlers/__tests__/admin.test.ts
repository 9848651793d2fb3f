import { accounts, demoPassword } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import { type Problem, problemTypes } from '@/lib/problem';
import type { ClinicSettings } from '@/shared/settings/schemas';
import type { StaffMember } from '@/shared/staff/schemas';
import { api, latestAudit, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('typical');

const newStaff = {
  name: 'Nora New',
  email: 'Nora.New@veindesk.test',
  role: 'front_desk',
  workingHours: null,
  active: true,
};

describe('settings', () => {
  it('returns the clinic settings to everyone signed in', async () => {
    const answer = await api<ClinicSettings>('/settings', { token: await signIn(accounts.clinician) });
    expect(answer.body).toMatchObject({
      timeZone: 'America/New_York',
      defaultSessionMinutes: 45,
      defaultPlannedSessions: 3,
      defaultSpacingDays: 14,
      responseTargetBusinessDays: 1,
      failedAttemptsBeforeClosing: 3,
    });
    expect(answer.body.openingHours).toEqual([
      null,
      ...Array.from({ length: 5 }, () => ({ open: '08:00', close: '18:00' })),
      { open: '09:00', close: '13:00' },
    ]);
  });

  it('lets only admins change them', async () => {
    const settings = db.settings;
    for (const email of [accounts.front_desk, accounts.clinician]) {
      const refused = await api<Problem>('/settings', { method: 'PUT', token: await signIn(email), body: settings });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        type: problemTypes.forbidden,
        detail: 'Only admins can change clinic settings.',
      });
    }
    const token = await signIn(accounts.admin);
    const saved = await api<ClinicSettings>('/settings', {
      method: 'PUT',
      token,
      body: { ...settings, defaultSpacingDays: 21 },
    });
    expect(saved.body).toMatchObject({ defaultSpacingDays: 21, version: settings.version + 1 });
    expect(latestAudit()[0]).toMatchObject({ entity: 'settings', action: 'update', actorName: 'Alex Morgan' });
    const stale = await api<Problem>('/settings', { method: 'PUT', token, body: settings });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ defaultSpacingDays: 21 });
  });
});

describe('staff', () => {
  it('lists staff by name', async () => {
    const answer = await api<StaffMember[]>('/staff', { token: await signIn(accounts.front_desk) });
    expect(answer.body.map((member) => member.name)).toEqual([
      'Alex Morgan',
      'Dana Reyes',
      'Elena Park',
      'Jordan Blake',
      'Marcus Bell',
      'Priya Shah',
      'Sam Carter',
    ]);
    expect(
      answer.body.find((member) => member.name === 'Marcus Bell')?.workingHours?.map((day) => day?.open ?? null),
    ).toEqual([null, null, '08:00', '08:00', '08:00', null, null]);
  });

  it('lets only admins create and update accounts', async () => {
    const refused = await api<Problem>('/staff', { token: await signIn(accounts.clinician), body: newStaff });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('Only admins can add staff accounts.');

    const token = await signIn(accounts.admin);
    const created = await api<StaffMember>('/staff', { token, body: newStaff });
    expect(created.body).toMatchObject({ email: 'nora.new@veindesk.test', version: 1 });
    expect(await signIn('nora.new@veindesk.test')).toMatch(/^vd_/);

    const duplicate = await api<Problem>('/staff', { token, body: newStaff });
    expect(duplicate.body.errors).toEqual({ email: ['Another staff member already uses this email address'] });

    const { id: _id, version: _version, ...input } = created.body;
    const updated = await api<StaffMember>(`/staff/${created.body.id}`, {
      method: 'PUT',
      token,
      body: { ...input, active: false, version: 1 },
    });
    expect(updated.body).toMatchObject({ active: false, version: 2 });
    expect(latestAudit()[0]?.summary).toBe('Updated Nora New: active');
    const signInAgain = await api('/auth/login', {
      body: { email: 'nora.new@veindesk.test', password: demoPassword },
    });
    expect(signInAgain.status).toBe(401);
  });
});
