import { seriesEndpoints } from '@/features/treatment-series/api/endpoints';
import { staffEndpoints } from '@/shared/staff/api/endpoints';
import type { Call } from './client';
import type { Fixtures } from './fixtures';

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

  'follow-up-calls.list': async () => ({ as: 'front_desk', query: { status: 'due', pageSize: '5' } }),
  'follow-up-calls.record': async (fx) => {
    const call = await fx.dueCall();
    return {
      as: 'front_desk',
      params: { id: call.id },
      body: { version: call.version, status: 'done', outcomeNote: 'Spoke to the patient' },
    };
  },

  'audit.list': async () => ({ as: 'admin', query: { pageSize: '5' } }),
};

function staffInput(fx: Fixtures) {
  return { name: fx.uniqueName(), email: fx.uniqueEmail(), role: 'front_desk', workingHours: null, active: false };
}
