import { followUpEndpoints } from '@/features/follow-up-calls/api/endpoints';
import { seriesEndpoints } from '@/features/treatment-series/api/endpoints';
import { CheckFailure, expect } from './client';
import type { ValidCalls } from './endpoint-checks';
import { expectProblem, expectStatus } from './expect-answer';
import type { Fixtures } from './fixtures';
import type { Report } from './report';

const seriesRule = 'SPEC rules';

async function seriesOfPatient(fx: Fixtures, patientId: string) {
  return fx.client.ok(seriesEndpoints.list, { as: 'front_desk', query: { patientId } });
}

function validCall(validCalls: ValidCalls, id: string) {
  const call = validCalls.get(id);
  if (!call) throw new CheckFailure(`needs the valid call of ${id}, which failed`);
  return call;
}

async function followUpsAbout(fx: Fixtures, subjectId: string) {
  return (await fx.client.ok(followUpEndpoints.list, { as: 'front_desk', query: { subjectId, pageSize: '20' } })).items;
}

/** The SPEC's rules 1 to 10 that the server enforces, beyond what every endpoint is checked for. */
export async function checkRules(fx: Fixtures, report: Report, validCalls: ValidCalls): Promise<void> {
  const { client } = fx;
  await report.check(seriesRule, '1. a double booking is refused with 409 naming the clashing session', async () => {
    const booked = await fx.bookSeries();
    const clash = await fx.bookInput();
    const taken = {
      ...clash,
      sessions: booked.sessions.map(({ start, durationMinutes }) => ({ start, durationMinutes })),
    };
    const problem = expectProblem(
      await client.call(seriesEndpoints.book, { as: 'front_desk', body: taken }),
      409,
      'scheduleConflict',
    );
    const named = (problem.clashes ?? []).map((entry) => entry.sessionId);
    expect(named.includes(booked.sessions[0]?.id ?? ''), `clashes name ${JSON.stringify(named)}, not session 1`);
    expect((problem.nextFreeSlots ?? []).length > 0, 'no next free slots offered');
  });

  await report.check(seriesRule, '3. a series whose last session clashes books nothing', async () => {
    const plan = await fx.bookInput({ sessions: 3 });
    const last = plan.sessions[2];
    if (!last) throw new CheckFailure('the plan has no third session');
    const other = await fx.bookInput({ sessions: 1 });
    await client.ok(seriesEndpoints.book, {
      as: 'front_desk',
      body: { ...other, clinicianId: plan.clinicianId, sessions: [last] },
    });
    const problem = expectProblem(
      await client.call(seriesEndpoints.book, { as: 'front_desk', body: plan }),
      409,
      'scheduleConflict',
    );
    expect(problem.sessionIndex === 2, `sessionIndex is ${problem.sessionIndex}, not 2`);
    const created = await seriesOfPatient(fx, plan.patientId);
    expect(created.total === 0, `the patient has ${created.total} series after the refused booking`);
  });

  await report.check(seriesRule, '3. the same idempotency key twice books one series', async () => {
    const body = await fx.bookInput();
    expectStatus(await client.call(seriesEndpoints.book, { as: 'front_desk', body }), [201]);
    expectStatus(await client.call(seriesEndpoints.book, { as: 'front_desk', body }), [200]);
    const series = await seriesOfPatient(fx, body.patientId);
    expect(series.total === 1, `the patient has ${series.total} series`);
  });

  await report.check(
    seriesRule,
    '4. shorter spacing is accepted; a session before the previous one is refused',
    async () => {
      const body = await fx.bookInput({ sessions: 2, spacingDays: 7 });
      const shorter = await client.call(seriesEndpoints.book, { as: 'front_desk', body: { ...body, spacingDays: 14 } });
      expectStatus(shorter, [201]);
      const reversed = await fx.bookInput({ sessions: 2, spacingDays: 7 });
      const backwards = { ...reversed, sessions: [...reversed.sessions].reverse() };
      const problem = expectProblem(
        await client.call(seriesEndpoints.book, { as: 'front_desk', body: backwards }),
        422,
        'validation',
      );
      expect(
        Object.keys(problem.errors ?? {}).includes('sessions.1.start'),
        `errors: ${JSON.stringify(problem.errors)}`,
      );
    },
  );

  await report.check(seriesRule, '5. completing a session creates its 72-hour follow-up call', async () => {
    const { call } = validCall(validCalls, 'treatment-series.complete');
    const calls = await followUpsAbout(fx, call.params?.id ?? '');
    expect(
      calls.some((entry) => entry.reason === 'post_treatment_72h'),
      `calls about the session: ${JSON.stringify(calls.map((entry) => entry.reason))}`,
    );
  });

  await report.check(seriesRule, '5. a no-show creates a call to book again', async () => {
    const series = seriesEndpoints.noShow.response.parse(validCall(validCalls, 'treatment-series.noShow').response);
    const calls = await followUpsAbout(fx, series.id);
    expect(
      calls.some((entry) => entry.reason === 'book_next_session' && entry.status === 'due'),
      `calls about the series: ${JSON.stringify(calls.map((entry) => `${entry.reason} ${entry.status}`))}`,
    );
  });
}
