import { followUpEndpoints } from '@/features/follow-up-calls/api/endpoints';
import { blockEndpoints } from '@/features/treatment-series/api/block-endpoints';
import { seriesEndpoints } from '@/features/treatment-series/api/endpoints';
import { staffEndpoints } from '@/shared/staff/api/endpoints';
import { type Call, CheckFailure } from './client';
import type { Fixtures } from './fixtures';
import { openingAhead } from './open-days';

/**
 * A valid call to each endpoint, with the records it needs created first. Every endpoint in
 * the registry needs one: the suite fails an endpoint that has none.
 */
export type Recipe = (fx: Fixtures) => Promise<Call>;

type SeriesSessions = { sessions: { number: number; id: string; version: number; start: string }[] };
const sessionOf = (series: SeriesSessions, number: number) => {
  const session = series.sessions.find((candidate) => candidate.number === number);
  if (!session) throw new Error(`The series has no session ${number}`);
  return session;
};

export const recipes: Record<string, Recipe> = {
  'auth.login': async (fx) => ({ as: null, body: fx.client.accounts.front_desk }),
  'auth.me': async () => ({ as: 'front_desk' }),
  'auth.logout': async (fx) => ({ as: 'front_desk', token: await fx.client.signIn('front_desk') }),

  'settings.get': async () => ({ as: 'front_desk' }),
  'settings.update': async (fx) => ({ as: 'admin', body: await fx.settings() }),
  'settings.publicView': async () => ({ as: null }),

  'staff.list': async () => ({ as: 'front_desk' }),
  'staff.create': async (fx) => ({ as: 'admin', body: staffInput(fx) }),
  'staff.update': async (fx) => {
    const member = await fx.client.ok(staffEndpoints.create, { as: 'admin', body: staffInput(fx) });
    const { id, ...input } = member;
    return { as: 'admin', params: { id }, body: { ...input, name: fx.uniqueName() } };
  },

  'contact-requests.intake': async (fx) => ({ as: null, body: fx.intakeInput() }),
  'contact-requests.search': async () => ({ as: 'front_desk', body: { status: 'new,contacting', pageSize: 5 } }),
  'contact-requests.counts': async () => ({ as: 'front_desk' }),
  'contact-requests.detail': async (fx) => ({ as: 'front_desk', params: { id: (await fx.newRequest()).id } }),
  'contact-requests.logAttempt': async (fx) => {
    const request = await fx.newRequest();
    const body = { version: request.version, channel: 'phone', outcome: 'no_answer', note: 'No answer' };
    return { as: 'front_desk', params: { id: request.id }, body };
  },
  'contact-requests.act': async (fx) => {
    const request = await fx.newRequest();
    return {
      as: 'front_desk',
      params: { id: request.id },
      body: { version: request.version, action: 'start_contacting' },
    };
  },
  'contact-requests.bulk': async (fx) => ({
    as: 'front_desk',
    body: { ids: [(await fx.newRequest()).id], action: { action: 'assign', assigneeId: null } },
  }),

  'patients.search': async () => ({ as: 'front_desk', body: { pageSize: 5 } }),
  'patients.lookup': async (fx) => ({ as: 'front_desk', body: { phone: (await fx.createPatient()).phone } }),
  'patients.updateClinical': async (fx) => {
    const patient = await fx.createPatient();
    const body = { screeningFlags: [], clinicalNotes: 'Reviewed by the contract suite', version: patient.version };
    return { as: 'clinician', params: { id: patient.id }, body };
  },
  'patients.history': async (fx) => ({ as: 'front_desk', params: { id: (await fx.createPatient()).id } }),
  'patients.merge': async (fx) => {
    const patient = await fx.createPatient();
    const request = await fx.newRequest({ phone: patient.phone, email: patient.email });
    const body = { requestId: request.id, requestVersion: request.version, version: patient.version, take: [] };
    return { as: 'front_desk', params: { id: patient.id }, body };
  },
  'patients.detail': async (fx) => ({ as: 'front_desk', params: { id: (await fx.createPatient()).id } }),
  'patients.create': async (fx) => ({ as: 'front_desk', body: fx.patientInput() }),
  'patients.update': async (fx) => {
    const patient = await fx.createPatient();
    return {
      as: 'front_desk',
      params: { id: patient.id },
      body: { ...fx.patientInput(), version: patient.version },
    };
  },

  'treatment-series.list': async () => ({ as: 'front_desk', query: { pageSize: '5' } }),
  'treatment-series.detail': async (fx) => ({ as: 'front_desk', params: { id: (await fx.bookSeries()).id } }),
  'treatment-series.book': async (fx) => ({ as: 'front_desk', body: await fx.bookInput() }),
  'treatment-series.addSession': async (fx) => {
    const input = await fx.bookInput({ sessions: 2 });
    const [first, second] = input.sessions;
    const body = { ...input, plannedSessions: 1, sessions: [first] };
    const series = await fx.client.ok(seriesEndpoints.book, { as: 'front_desk', body });
    return { as: 'clinician', params: { id: series.id }, body: { ...second, version: series.version } };
  },
  'treatment-series.discontinue': async (fx) => {
    const series = await fx.bookSeries();
    return {
      as: 'clinician',
      params: { id: series.id },
      body: { version: series.version, reason: 'Patient moved away' },
    };
  },
  'treatment-series.reschedule': async (fx) => {
    const session = sessionOf(await fx.bookSeries(), 1);
    const start = new Date(Date.parse(session.start) + 60 * 60_000).toISOString();
    const body = { version: session.version, start, durationMinutes: 45, shiftLater: false };
    return { as: 'front_desk', params: { id: session.id }, body };
  },
  'treatment-series.complete': async (fx) => {
    const { session } = await fx.startedSession();
    const body = { version: session.version, treatedAreas: ['left_leg'], notes: 'Recorded by the contract suite' };
    return { as: 'clinician', params: { id: session.id }, body };
  },
  'treatment-series.cancel': async (fx) => {
    const session = sessionOf(await fx.bookSeries(), 3);
    return { as: 'front_desk', params: { id: session.id }, body: { version: session.version } };
  },
  'treatment-series.restore': async (fx) => {
    const session = sessionOf(await fx.bookSeries(), 3);
    const cancelled = await fx.client.ok(seriesEndpoints.cancel, {
      as: 'front_desk',
      params: { id: session.id },
      body: { version: session.version },
    });
    return { as: 'front_desk', params: { id: session.id }, body: { version: sessionOf(cancelled, 3).version } };
  },
  'treatment-series.noShow': async (fx) => {
    const { session } = await fx.startedSession();
    return { as: 'front_desk', params: { id: session.id }, body: { version: session.version } };
  },

  'schedule.range': async (fx) => {
    const now = fx.now();
    const week = 7 * 86_400_000;
    return {
      as: 'clinician',
      query: { from: new Date(now - week).toISOString(), to: new Date(now + week).toISOString() },
    };
  },

  'today.visits': async (fx) => {
    const now = fx.now();
    return {
      as: 'clinician',
      query: { from: new Date(now - 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() },
    };
  },
  'today.weekFigures': async () => ({ as: 'admin' }),
  'blocks.list': async (fx) => {
    const now = fx.now();
    return {
      as: 'clinician',
      query: { from: new Date(now).toISOString(), to: new Date(now + 7 * 86_400_000).toISOString() },
    };
  },
  'blocks.create': async (fx) => ({ as: 'admin', body: await blockInput(fx) }),
  'blocks.remove': async (fx) => {
    const { block } = await fx.client.ok(blockEndpoints.create, { as: 'admin', body: await blockInput(fx) });
    return { as: 'admin', params: { id: block.id } };
  },

  'follow-up-calls.list': async () => ({ as: 'front_desk', query: { status: 'due', pageSize: '5' } }),
  'follow-up-calls.record': async (fx) => {
    const call = await fx.dueCall();
    return {
      as: 'front_desk',
      params: { id: call.id },
      body: { version: call.version, outcome: 'no_answer', note: 'Rang twice' },
    };
  },
  'follow-up-calls.counts': async () => ({ as: 'front_desk', query: { assignee: 'me' } }),
  'follow-up-calls.detail': async (fx) => ({ as: 'front_desk', params: { id: (await fx.dueCall()).id } }),
  'follow-up-calls.assign': async (fx) => {
    const call = await fx.dueCall();
    return { as: 'front_desk', params: { id: call.id }, body: { version: call.version, assigneeId: null } };
  },
  'follow-up-calls.createCallback': async (fx) => {
    const request = await fx.newRequest();
    // The suite's clock, so the published example is the same on every run.
    const dueAt = openingAhead(await fx.settings(), fx.now(), 2);
    const idempotencyKey = `contract-callback-${fx.uniqueSuffix()}`;
    const body = { idempotencyKey, requestId: request.id, dueAt, note: 'After work' };
    return { as: 'front_desk', body };
  },
  'reviews.resolve': async (fx) => {
    const calls = await fx.client.ok(followUpEndpoints.list, {
      as: 'front_desk',
      query: { reason: 'post_treatment_72h', status: 'due', pageSize: '1' },
    });
    const call = calls.items[0];
    if (!call) throw new CheckFailure('Needs a due 72-hour call');
    const concern = { reason: 'post_treatment_72h', walked: null, stockings: null, noFlying: null };
    const answers = { ...concern, avoidedHeatAndExercise: null, concerns: ['pain'], concernNote: '', reviewId: null };
    const done = await fx.client.ok(followUpEndpoints.record, {
      as: 'front_desk',
      params: { id: call.id },
      body: { version: call.version, outcome: 'done', note: '', answers },
    });
    const reviewId = done.answers?.reason === 'post_treatment_72h' ? (done.answers.reviewId ?? '') : '';
    return { as: 'admin', params: { id: reviewId }, body: { version: 1, note: 'Seen' } };
  },
  'reviews.list': async () => ({ as: 'clinician', query: { status: 'open', pageSize: '5' } }),

  'audit.list': async () => ({ as: 'admin', query: { pageSize: '5' } }),
  'audit.export': async () => ({ as: 'admin', body: { entity: 'patient' } }),
};

function staffInput(fx: Fixtures) {
  return { name: fx.uniqueName(), email: fx.uniqueEmail(), role: 'front_desk', workingHours: null, active: false };
}

/** An hour of a clinician's time a year ahead, a different hour each call (blocks may not overlap). */
async function blockInput(fx: Fixtures) {
  const hour = Number(fx.uniqueSuffix());
  const start = fx.now() + 400 * 86_400_000 + hour * 3_600_000;
  return {
    idempotencyKey: `contract-block-${hour}-${fx.uniqueSuffix()}`,
    clinicianId: (await fx.clinician()).id,
    start: new Date(start).toISOString(),
    end: new Date(start + 3_600_000).toISOString(),
    kind: 'training',
    reason: 'Contract suite',
  };
}
