import { contactRequestEndpoints } from '@/features/contact-requests/api/endpoints';
import { intakeEndpoints } from '@/features/contact-requests/api/intake-endpoints';
import type { ContactRequestSummary } from '@/features/contact-requests/schemas';
import { followUpEndpoints } from '@/features/follow-up-calls/api/endpoints';
import { patientEndpoints } from '@/features/patients/api/endpoints';
import { seriesEndpoints } from '@/features/treatment-series/api/endpoints';
import { scheduleEndpoints } from '@/features/treatment-series/api/schedule-endpoints';
import { settingsEndpoints } from '@/shared/settings/api/endpoints';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { staffEndpoints } from '@/shared/staff/api/endpoints';
import type { StaffMember } from '@/shared/staff/schemas';
import { CheckFailure, type ContractClient } from './client';
import { planOnOpenDays } from './open-days';

/** A pseudo-random source: seeded for the document's examples, from the clock for a run. */
export type Random = () => number;

/**
 * The data the checks need. They create their own records through the API (patients, series,
 * requests, staff) with names unique to the run, on days far in the future picked at random, so
 * the suite needs no reset and runs against any backend, again and again. What it cannot create
 * (a session that has already started, a follow-up call that is due) it finds in the API's lists.
 */
export class Fixtures {
  private counter = 0;
  private readonly usedSessions = new Set<string>();
  /** Every day a plan of this run books: two plans never meet (see `planOnOpenDays`). */
  private readonly plannedDays = new Set<string>();

  constructor(
    readonly client: ContractClient,
    readonly runId: string,
    readonly random: Random,
    /** The server's clock (from its `Date` header), in ms. */
    readonly now: () => number,
  ) {}

  /** A name no other record has: "Contract Kim 3f9a 7". */
  uniqueName(): string {
    this.counter += 1;
    return `Contract Kim ${this.runId} ${this.counter}`;
  }

  uniqueEmail(): string {
    this.counter += 1;
    return `contract-${this.runId}-${this.counter}@veindesk.test`;
  }

  /** A phone number unique to the run, valid in the US: +1 212 5 + six digits. */
  uniquePhone(): string {
    return `+12125${String(Math.floor(this.random() * 1_000_000)).padStart(6, '0')}`;
  }

  settings(): Promise<ClinicSettings> {
    return this.client.ok(settingsEndpoints.get, { as: 'front_desk' });
  }

  async clinician(): Promise<StaffMember> {
    const staff = await this.client.ok(staffEndpoints.list, { as: 'front_desk' });
    const clinician = staff.find((member) => member.role === 'clinician' && member.active && member.workingHours);
    if (!clinician) throw new CheckFailure('Needs an active clinician with working hours (GET /staff lists none)');
    return clinician;
  }

  patientInput() {
    return {
      name: this.uniqueName(),
      phone: this.uniquePhone(),
      email: this.uniqueEmail(),
      dateOfBirth: '1980-04-02',
      notes: 'Created by the contract suite',
      screeningFlags: [],
      riskFactors: [],
    };
  }

  createPatient() {
    return this.client.ok(patientEndpoints.create, { as: 'front_desk', body: this.patientInput() });
  }

  intakeInput(name = this.uniqueName()) {
    return {
      name,
      phone: this.uniquePhone(),
      email: this.uniqueEmail(),
      preferredContactMethod: 'phone',
      preferredTimes: ['morning'],
      concern: 'spider_veins',
      areas: ['legs'],
      message: 'Sent by the contract suite',
      consent: true,
    };
  }

  /** A new request from the website form (with `contact` details, if given), found again in the inbox by its unique name. */
  async newRequest(contact: { phone: string; email: string } | null = null): Promise<ContactRequestSummary> {
    const name = this.uniqueName();
    await this.client.ok(intakeEndpoints.intake, { as: null, body: { ...this.intakeInput(name), ...contact } });
    const page = await this.client.ok(contactRequestEndpoints.search, {
      as: 'front_desk',
      body: { status: 'new', sort: 'receivedAt', order: 'desc', pageSize: 20 },
    });
    const request = page.items.find((item) => item.name === name);
    if (!request) throw new CheckFailure(`The request sent as "${name}" is not among the newest new requests`);
    return request;
  }

  /** Sessions `spacingDays` apart on free days far ahead: see `planOnOpenDays`. */
  async plan(sessions: number, spacingDays: number, clinician: StaffMember) {
    const settings = await this.settings();
    const plan = planOnOpenDays({
      settings,
      clinician,
      sessions,
      spacingDays,
      now: this.now(),
      random: this.random,
      taken: this.plannedDays,
    });
    if (!plan) throw new CheckFailure(`Found no day when both the clinic and ${clinician.name} are open`);
    return plan;
  }

  async bookInput(options: { sessions?: number; spacingDays?: number; patientId?: string } = {}) {
    const { sessions = 3, spacingDays = 14 } = options;
    const clinician = await this.clinician();
    const patientId = options.patientId ?? (await this.createPatient()).id;
    return {
      idempotencyKey: `contract-${this.runId}-${this.uniqueSuffix()}`,
      clinicianId: clinician.id,
      patientId,
      requestId: null,
      plannedSessions: sessions,
      spacingDays,
      sessions: await this.plan(sessions, spacingDays, clinician),
    };
  }

  async bookSeries(options: { sessions?: number; spacingDays?: number } = {}) {
    return this.client.ok(seriesEndpoints.book, { as: 'front_desk', body: await this.bookInput(options) });
  }

  uniqueSuffix(): string {
    this.counter += 1;
    return String(this.counter);
  }

  /** A scheduled session that has already started (completing or a no-show needs one), a new one each call. */
  async startedSession() {
    const now = this.now();
    const entries = await this.client.ok(scheduleEndpoints.range, {
      as: 'clinician',
      query: { from: new Date(now - 14 * 86_400_000).toISOString(), to: new Date(now).toISOString() },
    });
    const started = entries.find(
      (entry) => entry.status === 'scheduled' && Date.parse(entry.start) <= now && !this.usedSessions.has(entry.id),
    );
    if (!started) {
      throw new CheckFailure(
        'Needs a scheduled session that has already started (GET /schedule over the last 14 days lists none)',
      );
    }
    this.usedSessions.add(started.id);
    const series = await this.client.ok(seriesEndpoints.detail, { as: 'clinician', params: { id: started.seriesId } });
    const session = series.sessions.find((candidate) => candidate.id === started.id);
    if (!session) throw new CheckFailure(`Series ${series.id} does not hold its session ${started.id}`);
    return { series, session };
  }

  /** A follow-up call that is due. */
  async dueCall() {
    const page = await this.client.ok(followUpEndpoints.list, {
      as: 'front_desk',
      query: { status: 'due', pageSize: '1' },
    });
    const call = page.items[0];
    if (!call) throw new CheckFailure('Needs a due follow-up call (GET /follow-ups?status=due lists none)');
    return call;
  }
}
