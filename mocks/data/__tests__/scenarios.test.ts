import { accounts, demoPassword, fixedNow } from '@tests/fixtures';
import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { isOpenRequest } from '@/features/contact-requests/domain/request-status';
import { responseStatus } from '@/features/contact-requests/domain/response-time';
import type { ContactRequestSummary } from '@/features/contact-requests/schemas';
import { checkSlot, freeSlots } from '@/features/treatment-series/domain/availability';
import { addCalendarDays, atClinicTime, clinicDate, weekdayOfDate } from '@/lib/clinic-time';
import type { Paged } from '@/lib/schema-fields';
import { clock } from '../../runtime/clock';
import { api, setUpMockApi, signIn } from '../../server/__tests__/helpers';
import { db } from '../../server/db';
import { scheduleContextFor, toSeriesResponse } from '../../server/model/series';
import { seed } from '../scenarios';

setUpMockApi('typical');

const nowMs = Date.parse(fixedNow);
const requests = () => [...db.contactRequests.values()];
function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function sessionsThatBreakTheRules(): number {
  let broken = 0;
  for (const clinician of [...db.staff.values()].filter((member) => member.role === 'clinician')) {
    const schedule = scheduleContextFor(clinician);
    for (const session of db.sessions.values()) {
      if (session.clinicianId !== clinician.id || session.status === 'cancelled') continue;
      const check = checkSlot(session.start, session.durationMinutes, schedule, { ignoreSessionIds: [session.id] });
      if (check.kind !== 'free') broken += 1;
    }
  }
  return broken;
}

describe('typical scenario', () => {
  it("stores every phone number as a valid E.164 number of the clinic's country", () => {
    const phones = [...db.patients.values(), ...db.contactRequests.values()].map((person) => person.phone);
    expect(db.settings.country).toBe('US');
    expect(phones.filter((phone) => !isValidPhoneNumber(phone) || !/^\+1\d{10}$/.test(phone))).toEqual([]);
  });

  it('has the staff, each with the demo password', () => {
    expect(countBy([...db.staff.values()], (member) => member.role)).toEqual({ admin: 1, front_desk: 3, clinician: 3 });
    const marcus = [...db.staff.values()].find((member) => member.name === 'Marcus Bell');
    expect(marcus?.workingHours?.map((day) => day !== null)).toEqual([false, false, true, true, true, false, false]);
    expect(new Set(db.passwords.values())).toEqual(new Set([demoPassword]));
  });

  it('has about 150 requests in every status, some late, duplicated or hostile', () => {
    expect(requests().length).toBeGreaterThanOrEqual(130);
    expect(requests().length).toBeLessThanOrEqual(160);
    expect(Object.keys(countBy(requests(), (request) => request.status)).sort()).toEqual([
      'booked',
      'closed',
      'contacting',
      'new',
      'not_candidate',
    ]);
    const late = requests().filter(
      (request) => isOpenRequest(request.status) && responseStatus(request, nowMs, db.settings).late,
    );
    expect(late.filter((request) => request.status === 'new').length).toBeGreaterThanOrEqual(5);
    expect(requests().filter((request) => request.duplicateOf?.kind === 'patient').length).toBe(3);
    expect(requests().filter((request) => request.duplicateOf?.kind === 'request').length).toBe(3);
    expect(requests().map((request) => request.message)).toEqual(
      expect.arrayContaining(['<img src=x onerror=alert(1)>', '<script>alert("x")</script> please call me']),
    );
    expect(requests().map((request) => request.statusReason)).toContain(
      'Larger varicose veins: referred to vascular surgeon',
    );
    expect(
      requests()
        .filter((request) => request.status === 'closed')
        .every((request) => request.closeReason && request.statusReason),
    ).toBe(true);
    expect(requests().every((request) => request.attempts.every((attempt) => attempt.at <= fixedNow))).toBe(true);
  });

  it('links every booked request to its patient and series', () => {
    const booked = requests().filter((request) => request.status === 'booked');
    expect(booked.length).toBeGreaterThan(25);
    for (const request of booked) {
      expect(db.patients.get(request.patientId ?? '')?.phone).toBe(request.phone);
      expect([...db.series.values()].some((series) => series.requestId === request.id)).toBe(true);
    }
  });

  it('has about 40 series at every stage, never double-booked and inside opening and working hours', () => {
    const series = [...db.series.values()].map((series) => toSeriesResponse(series));
    expect(series.length).toBeGreaterThanOrEqual(38);
    expect(Object.keys(countBy(series, (item) => item.progress)).sort()).toEqual([
      'completed',
      'discontinued',
      'needs_booking',
      'on_track',
      'overdue',
    ]);
    expect(sessionsThatBreakTheRules()).toBe(0);
    const upcoming = [...db.sessions.values()].filter(
      (session) => session.status === 'scheduled' && session.start > fixedNow,
    );
    expect(upcoming.length).toBeGreaterThan(15);
  });

  it('has follow-up calls due, overdue and done', () => {
    const calls = [...db.followUps.values()];
    expect(calls.some((call) => call.status === 'due' && call.dueAt > fixedNow)).toBe(true);
    expect(calls.some((call) => call.status === 'due' && call.dueAt < fixedNow)).toBe(true);
    expect(
      calls
        .filter((call) => call.status === 'done')
        .every((call) => call.doneById && call.doneAt && call.doneAt <= fixedNow),
    ).toBe(true);
    expect(new Set(calls.map((call) => call.reason))).toEqual(
      new Set(['post_treatment_72h', 'book_next_session', 'series_complete_check_in', 'request_callback']),
    );
  });

  it('writes history in the past only, oldest first', () => {
    const times = db.audit.map((entry) => entry.at);
    expect(times).toEqual([...times].sort());
    expect(times.every((at) => at <= fixedNow)).toBe(true);
  });
});

describe('other scenarios', () => {
  it("'empty' has staff and settings only", () => {
    seed('empty');
    expect([db.staff.size, db.contactRequests.size, db.patients.size, db.series.size, db.followUps.size]).toEqual([
      7, 0, 0, 0, 0,
    ]);
    expect(db.settings.timeZone).toBe('America/New_York');
  });

  it("'busy-week' books nearly every slot of this week", () => {
    seed('busy-week');
    const { timeZone } = db.settings;
    const today = clinicDate(nowMs, timeZone);
    const nextMonday = addCalendarDays(today, 7 - ((weekdayOfDate(today) + 6) % 7));
    const weekEnd = atClinicTime(nextMonday, '00:00', timeZone);
    for (const clinician of [...db.staff.values()].filter((member) => member.role === 'clinician')) {
      const left = freeSlots(fixedNow, weekEnd, 45, scheduleContextFor(clinician), { stepMinutes: 45 });
      const free = freeSlots(
        fixedNow,
        weekEnd,
        45,
        { ...scheduleContextFor(clinician), busy: [] },
        { stepMinutes: 45 },
      );
      expect(left.length / free.length).toBeLessThan(0.3);
    }
    expect(sessionsThatBreakTheRules()).toBe(0);
  });

  it("'large' adds 10,000 requests, the same every time, and the list still answers correctly", async () => {
    seed('large');
    const first = requests();
    expect(first.length).toBe(10_000 + 138);
    seed('large');
    expect(requests()).toEqual(first);

    const token = await signIn(accounts.front_desk);
    const answer = await api<Paged<ContactRequestSummary>>('/contact-requests/search', {
      token,
      body: { late: 'true', pageSize: 100, page: 2 },
    });
    const late = first.filter(
      (request) => isOpenRequest(request.status) && responseStatus(request, clock.nowMs(), db.settings).late,
    );
    expect(answer.body.total).toBe(late.length);
    expect(answer.body.items).toHaveLength(Math.min(100, late.length - 100));
    const oldestFirst = late.map((request) => request.receivedAt).sort();
    expect(answer.body.items[0]?.receivedAt).toBe(oldestFirst[100]);
  });
});
