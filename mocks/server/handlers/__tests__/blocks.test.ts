import { accounts } from '@tests/fixtures';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Block } from '@/features/treatment-series/block-schemas';
import type { ScheduleEntry } from '@/features/treatment-series/schedule-schemas';
import { atClinicTime } from '@/lib/clinic-time';
import { problemTypes } from '@/lib/problem';
import { api, latestAudit, type OrProblem, setUpMockApi, signIn, staffIdOf } from '../../__tests__/helpers';
import { db } from '../../db';
import { book, bookingBody, elenaId, feb15At10, mar1At10 } from './series-fixtures';

setUpMockApi('typical');

const ny = (date: string, time: string) => atClinicTime(date, time, 'America/New_York');
// Friday 5 February 2027 (EST): Elena Park works Mon, Wed, Fri 10:00–18:00.
const fridayAfternoon = { start: ny('2027-02-05', '13:00'), end: ny('2027-02-05', '18:00') };

let keys = 0;
function blockBody(overrides: Record<string, unknown> = {}) {
  keys += 1;
  return {
    idempotencyKey: `test-block-${keys}`,
    clinicianId: elenaId(),
    ...fridayAfternoon,
    kind: 'training',
    reason: 'Foam sclerotherapy course',
    ...overrides,
  };
}

type Created = OrProblem<{ block: Block; affected: ScheduleEntry[] }>;
const createBlock = (token: string, body: Record<string, unknown>) => api<Created>('/blocks', { token, body });

let clinician = '';
beforeEach(async () => {
  clinician = await signIn(accounts.clinician);
});

describe('POST /blocks', () => {
  it('a clinician blocks their own afternoon: stored, audited, listed by range and clinician', async () => {
    const answer = await createBlock(clinician, blockBody());
    expect(answer.status).toBe(201);
    expect(answer.body.block).toMatchObject({ clinicianId: elenaId(), kind: 'training', ...fridayAfternoon });
    expect(answer.body.affected).toEqual([]);
    expect(latestAudit()[0]).toMatchObject({
      entity: 'block',
      action: 'create',
      summary: 'Elena Park is blocked for Training (Foam sclerotherapy course) on Fri 5 Feb, 13:00–18:00',
    });
    const list = (query: Record<string, string>) => api<Block[]>('/blocks', { token: clinician, query });
    const week = { from: ny('2027-02-01', '00:00'), to: ny('2027-02-08', '00:00') };
    expect((await list({ ...week, clinicianId: elenaId() })).body).toHaveLength(1);
    expect((await list({ ...week, clinicianId: staffIdOf('marcus.bell@veindesk.test') })).body).toHaveLength(0);
    expect((await list({ from: week.to, to: ny('2027-02-15', '00:00') })).body).toHaveLength(0);
  });

  it('the same idempotency key creates one block', async () => {
    const body = blockBody();
    await createBlock(clinician, body);
    const again = await createBlock(clinician, body);
    expect(again.status).toBe(200);
    expect(db.blocks.size).toBe(1);
  });

  it('refuses a block overlapping another one of the same clinician, naming it', async () => {
    await createBlock(clinician, blockBody());
    const overlap = await createBlock(
      clinician,
      blockBody({ start: ny('2027-02-05', '17:00'), end: ny('2027-02-06', '00:00') }),
    );
    expect(overlap.status).toBe(409);
    expect(overlap.body.type).toBe(problemTypes.scheduleConflict);
    expect(overlap.body.detail).toContain('Elena Park is blocked for Training (Foam sclerotherapy course)');
    expect(overlap.body.blocks).toHaveLength(1);
    // Touching is not overlapping.
    const after = await createBlock(
      clinician,
      blockBody({ start: fridayAfternoon.end, end: ny('2027-02-05', '20:00') }),
    );
    expect(after.status).toBe(201);
  });

  it('roles: clinicians only their own time, admins anyone and the whole clinic, the front desk nothing', async () => {
    const marcus = staffIdOf('marcus.bell@veindesk.test');
    expect((await createBlock(clinician, blockBody({ clinicianId: marcus }))).status).toBe(403);
    expect((await createBlock(clinician, blockBody({ clinicianId: null }))).status).toBe(403);
    const frontDesk = await signIn(accounts.front_desk);
    expect((await createBlock(frontDesk, blockBody())).status).toBe(403);
    const admin = await signIn(accounts.admin);
    expect((await createBlock(admin, blockBody({ clinicianId: marcus }))).status).toBe(201);
    const clinicWide = await createBlock(
      admin,
      blockBody({
        clinicianId: null,
        kind: 'maintenance',
        start: ny('2027-02-08', '08:00'),
        end: ny('2027-02-08', '12:00'),
      }),
    );
    expect(clinicWide.status).toBe(201);
    expect(db.blocks.size).toBe(2);
  });

  it('lists the visits already inside a new block, and moves none of them', async () => {
    const booked = await book(clinician, bookingBody([ny('2027-02-05', '14:00'), feb15At10, mar1At10]));
    expect(booked.status).toBe(201);
    const answer = await createBlock(clinician, blockBody());
    expect(answer.status).toBe(201);
    expect(answer.body.affected.map((entry) => [entry.number, entry.start])).toEqual([[1, ny('2027-02-05', '14:00')]]);
    expect(db.sessions.get(answer.body.affected[0]?.id ?? '')?.start).toBe(ny('2027-02-05', '14:00'));
  });

  it('removing a block: only its clinician or an admin', async () => {
    const { body } = await createBlock(clinician, blockBody());
    const frontDesk = await signIn(accounts.front_desk);
    expect((await api(`/blocks/${body.block.id}`, { method: 'DELETE', token: frontDesk })).status).toBe(403);
    expect((await api(`/blocks/${body.block.id}`, { method: 'DELETE', token: clinician })).status).toBe(200);
    expect(db.blocks.size).toBe(0);
  });
});

describe('booking into blocked time', () => {
  it('is refused with a conflict naming the block, the next free slots after it, and every taken visit', async () => {
    await createBlock(clinician, blockBody());
    const feb19At14 = ny('2027-02-19', '14:00');
    await createBlock(clinician, blockBody({ start: ny('2027-02-19', '10:00'), end: ny('2027-02-19', '18:00') }));
    const answer = await book(
      clinician,
      bookingBody([ny('2027-02-05', '14:00'), feb19At14, ny('2027-03-05', '14:00')]),
    );
    expect(answer.status).toBe(409);
    expect(answer.body.type).toBe(problemTypes.scheduleConflict);
    expect(answer.body.title).toBe('That time is blocked');
    expect(answer.body.detail).toBe(
      'Session 1: Elena Park is blocked for Training (Foam sclerotherapy course) on Fri 5 Feb, 13:00–18:00.',
    );
    expect(answer.body.blocks?.map((block) => block.reason)).toEqual(['Foam sclerotherapy course']);
    // Elena does not work on Saturdays or Sundays: Monday 8 February is next.
    expect(answer.body.nextFreeSlots?.[0]).toBe(ny('2027-02-08', '10:00'));
    expect(answer.body.sessionIndex).toBe(0);
    expect(answer.body.takenSessionIndexes).toEqual([0, 1]);
  });
});

describe('GET /schedule', () => {
  it('answers the sessions overlapping the range, for one clinician or all, with phone and flags', async () => {
    const week = { from: ny('2026-11-23', '00:00'), to: ny('2026-11-30', '00:00') };
    const all = await api<ScheduleEntry[]>('/schedule', { token: clinician, query: week });
    const elena = await api<ScheduleEntry[]>('/schedule', {
      token: clinician,
      query: { ...week, clinicianId: elenaId() },
    });
    expect(all.status).toBe(200);
    expect(elena.body.length).toBeGreaterThan(0);
    expect(all.body.length).toBeGreaterThan(elena.body.length);
    expect(elena.body.every((entry) => entry.clinicianId === elenaId())).toBe(true);
    const inRange = (entry: ScheduleEntry) => entry.start >= week.from && entry.start < week.to;
    expect(all.body.every(inRange)).toBe(true);
    const first = elena.body[0];
    const patient = [...db.patients.values()].find((candidate) => candidate.id === first?.patientId);
    expect(first).toMatchObject({ patientPhone: patient?.phone, screeningFlags: patient?.screeningFlags });
    expect(first).not.toHaveProperty('notes');
  });

  it('refuses a range that is not ISO instants', async () => {
    const answer = await api('/schedule', { token: clinician, query: { from: 'monday', to: 'friday' } });
    expect(answer.status).toBe(422);
  });
});
