import { accounts } from '@tests/fixtures';
import { describe, expect, it } from 'vitest';
import { type Problem, problemTypes } from '@/lib/problem';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { api, latestAudit, setUpMockApi, signIn } from '../../__tests__/helpers';
import { db } from '../../db';

setUpMockApi('typical');

const save = async (token: string, body: unknown) =>
  api<ClinicSettings & Problem>('/settings', { method: 'PUT', token, body });

describe('PUT /settings', () => {
  it('refuses invalid values field by field, and changes nothing', async () => {
    const token = await signIn(accounts.admin);
    const before = structuredClone(db.settings);
    const refused = await save(token, {
      ...db.settings,
      timeZone: 'Mars/Olympus_Mons',
      country: 'XX',
      defaultSessionMinutes: 25,
      responseTargetBusinessDays: 0,
      openingHours: db.settings.openingHours.with(1, { open: '18:00', close: '08:00' }),
      closedDates: ['25/12/2026'],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.type).toBe(problemTypes.validation);
    expect(refused.body.errors).toMatchObject({
      timeZone: ['Choose a time zone from the list'],
      country: ['Choose a country from the list'],
      defaultSessionMinutes: [expect.stringMatching(/30/)],
      responseTargetBusinessDays: [expect.any(String)],
      'openingHours.1.close': ['Closing time must be after opening time'],
      'closedDates.0': ['Enter a date as YYYY-MM-DD'],
    });
    expect(db.settings).toEqual(before);
  });

  it('keeps closed dates sorted and listed once', async () => {
    const token = await signIn(accounts.admin);
    const saved = await save(token, { ...db.settings, closedDates: ['2027-01-01', '2026-12-24', '2027-01-01'] });
    expect(saved.body.closedDates).toEqual(['2026-12-24', '2027-01-01']);
  });

  it('refuses a stale version with the newer settings, and audits each changed field before and after', async () => {
    const token = await signIn(accounts.admin);
    const opened = structuredClone(db.settings);
    const saved = await save(token, {
      ...opened,
      responseTargetBusinessDays: 2,
      openingHours: opened.openingHours.with(6, null),
    });
    expect(saved.status).toBe(200);
    expect(latestAudit()[0]).toMatchObject({
      entity: 'settings',
      action: 'update',
      summary: 'Updated clinic settings: openingHours, responseTargetBusinessDays',
      changes: [
        {
          field: 'openingHours',
          before: 'Mon–Fri 08:00–18:00, Sat 09:00–13:00',
          after: 'Mon–Fri 08:00–18:00',
        },
        { field: 'responseTargetBusinessDays', before: '1', after: '2' },
      ],
    });

    const stale = await save(token, { ...opened, defaultSessionMinutes: 60 });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe(problemTypes.staleVersion);
    expect(stale.body.current).toMatchObject({ responseTargetBusinessDays: 2, version: opened.version + 1 });
    expect(db.settings.defaultSessionMinutes).toBe(opened.defaultSessionMinutes);
  });

  it('changes inbox lateness at once', async () => {
    const token = await signIn(accounts.admin);
    const counts = async () => (await api<{ late: number }>('/contact-requests/counts', { token })).body.late;
    const lateBefore = await counts();
    expect(lateBefore).toBeGreaterThan(0);
    await save(token, { ...db.settings, responseTargetBusinessDays: 10 });
    expect(await counts()).toBeLessThan(lateBefore);
  });
});
