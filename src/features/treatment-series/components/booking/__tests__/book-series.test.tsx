import { buildContactRequest, buildPatient, buildSeries, buildSession } from '@mocks/data/factories';
import { clock } from '@mocks/runtime/clock';
import { failNext } from '@mocks/runtime/network';
import { server } from '@mocks/runtime/node';
import { db } from '@mocks/server/db';
import { pickDate, renderApp, screen, waitFor, within } from '@tests/test-utils';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { apiBaseUrl } from '@/config/env';
import type { ContactRequest } from '@/features/contact-requests/schemas';
import type { Patient } from '@/features/patients/schemas';

function clinician(name: string) {
  const member = [...db.staff.values()].find((staff) => staff.name === name);
  if (!member) throw new Error(`No staff member ${name}`);
  return member;
}

/** Elena Park (Mon, Wed, Fri 10:00–18:00) with nothing in her diary, so every slot is known. */
function clearDiary(clinicianId: string): void {
  for (const session of [...db.sessions.values()]) {
    if (session.clinicianId === clinicianId) db.sessions.delete(session.id);
  }
}

function addRequest(overrides: Partial<ContactRequest> = {}): ContactRequest {
  const request = buildContactRequest({ name: 'Tess Booking', ...overrides });
  db.contactRequests.set(request.id, request);
  return request;
}

/** Another patient's session in the clinician's diary. */
function bookOther(clinicianId: string, start: string): void {
  const patient: Patient = buildPatient({ name: 'Olive Other' });
  db.patients.set(patient.id, patient);
  const series = buildSeries({ patientId: patient.id, clinicianId });
  db.series.set(series.id, series);
  const session = buildSession({ seriesId: series.id, number: 1, clinicianId, start, durationMinutes: 45 });
  db.sessions.set(session.id, session);
}

type User = Awaited<ReturnType<typeof renderApp>>['user'];

/**
 * Opens a Mantine select and clicks one of its options. jsdom has no layout, so Mantine hides a
 * dropdown whose input has no size ("detached"): the options are found hidden.
 */
async function choose(user: User, control: HTMLElement, option: string) {
  await user.click(control);
  await user.click(await screen.findByRole('option', { name: option, hidden: true }));
}

const seriesFor = (requestId: string) => [...db.series.values()].filter((series) => series.requestId === requestId);
const sessionStarts = (seriesId: string) =>
  [...db.sessions.values()]
    .filter((session) => session.seriesId === seriesId)
    .sort((a, b) => a.number - b.number)
    .map((session) => session.start);

async function openBooking(request: ContactRequest, arrange: (clinicianId: string) => void = () => {}) {
  const elena = clinician('Elena Park');
  clearDiary(elena.id);
  arrange(elena.id);
  const app = await renderApp({ url: `/series/book?requestId=${request.id}`, as: 'front_desk' });
  await screen.findByRole('heading', { name: 'Book a treatment series' }, { timeout: 10_000 });
  const { user } = app;
  await choose(user, await screen.findByRole('combobox', { name: 'Clinician' }), 'Elena Park');
  // Her diary has loaded once her first free day's start times show.
  await screen.findByRole('group', { name: /Free start times on Wed 25 Nov 2026/ });
  // Visit 1 on Monday 30 November, 10:00 in New York (the tests run in Auckland).
  await pickDate(user, await screen.findByRole('button', { name: /Visit 1 date/ }), 'Mon 30 Nov 2026');
  const times = await screen.findByRole('group', { name: /Free start times on Mon 30 Nov 2026/ });
  await user.click(within(times).getByRole('button', { name: '10:00' }));
  return { ...app, elena };
}

const sessionItem = (number: number) => screen.getByRole('listitem', { name: `Visit ${number} of 3` });
const confirmButton = () => screen.getByRole('button', { name: /Confirm booking/ });

// Whole booking flows through the real app: slow on a busy two-core machine.
const flow = { timeout: 60_000 };

describe('booking a treatment series from a request', flow, () => {
  it('proposes three sessions, moves a taken one and says so, and books them all', async () => {
    const request = addRequest();
    // Visit 2 would be two weeks after visit 1, same time: someone else has it.
    const { user } = await openBooking(request, (clinicianId) => bookOther(clinicianId, '2026-12-14T15:00:00.000Z'));

    expect(await screen.findByText(/Aftercare after each sclerotherapy visit/)).toBeInTheDocument();
    expect(sessionItem(1)).toHaveTextContent('Mon 30 Nov 2026, 10:00');
    expect(sessionItem(2)).toHaveTextContent('Mon 14 Dec 2026, 10:45');
    expect(sessionItem(2)).toHaveTextContent('Moved from Mon 14 Dec 10:00: that time is taken.');
    expect(sessionItem(3)).toHaveTextContent('Mon 28 Dec 2026, 10:45');

    await user.click(confirmButton());

    expect(await screen.findByRole('heading', { name: 'Series booked' })).toBeInTheDocument();
    const [series] = seriesFor(request.id);
    expect(seriesFor(request.id)).toHaveLength(1);
    if (!series) throw new Error('No series booked');
    expect(sessionStarts(series.id)).toEqual([
      '2026-11-30T15:00:00.000Z',
      '2026-12-14T15:45:00.000Z',
      '2026-12-28T15:45:00.000Z',
    ]);
    expect(db.contactRequests.get(request.id)).toMatchObject({ status: 'booked', patientId: series.patientId });
    expect(db.patients.get(series.patientId)?.name).toBe('Tess Booking');
    const booked = screen.getByRole('list', { name: 'Booked visits' });
    expect(
      within(booked)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Visit 1 of 3: Mon 30 Nov 2026, 10:00 (45 min)',
      'Visit 2 of 3: Mon 14 Dec 2026, 10:45 (45 min)',
      'Visit 3 of 3: Mon 28 Dec 2026, 10:45 (45 min)',
    ]);
    expect(screen.getByRole('link', { name: /Open the patient record of Tess Booking/ })).toHaveAttribute(
      'href',
      `/patients/${series.patientId}`,
    );
    expect(screen.getByRole('link', { name: 'Open series' })).toHaveAttribute('href', `/series/${series.id}`);
    const calendar = screen.getByRole('link', { name: /Download calendar file/ });
    expect(decodeURIComponent(calendar.getAttribute('href') ?? '')).toContain('DTSTART:20261130T150000Z');
  });

  it('refuses a time taken meanwhile: nothing is booked, the form stays, the clash is named and a free slot offered', async () => {
    const request = addRequest();
    const { user, elena } = await openBooking(request);
    expect(await screen.findByText('Mon 14 Dec 2026, 10:00, 45 min')).toBeInTheDocument();
    // Someone else books visit 2's time while the proposals are on screen.
    bookOther(elena.id, '2026-12-14T15:00:00.000Z');
    const seriesBefore = db.series.size;

    await user.click(confirmButton());

    const refusal = await within(sessionItem(2)).findByRole('alert');
    expect(refusal).toHaveTextContent('This time was booked by someone else');
    expect(refusal).toHaveTextContent('Elena Park already sees Olive Other on Mon 14 Dec, 10:00–10:45');
    expect(db.series.size).toBe(seriesBefore);
    expect(db.contactRequests.get(request.id)?.status).toBe('new');
    expect(screen.getByRole('combobox', { name: 'Clinician' })).toHaveValue('Elena Park');
    expect(sessionItem(1)).toHaveTextContent('Mon 30 Nov 2026, 10:00');
    const offers = within(refusal).getByRole('group', { name: 'Next free times for visit 2' });
    expect(
      within(offers)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Use Mon 14 Dec 2026, 10:45', 'Use Mon 14 Dec 2026, 11:00', 'Use Mon 14 Dec 2026, 11:15']);

    await user.click(within(offers).getByRole('button', { name: 'Use Mon 14 Dec 2026, 11:00' }));
    expect(within(sessionItem(2)).queryByRole('alert')).not.toBeInTheDocument();
    expect(sessionItem(2)).toHaveTextContent('Mon 14 Dec 2026, 11:00, 45 min (changed by you)');
    expect(sessionItem(3)).toHaveTextContent('Mon 28 Dec 2026, 11:00');
    await user.click(confirmButton());

    expect(await screen.findByRole('heading', { name: 'Series booked' })).toBeInTheDocument();
    const [series] = seriesFor(request.id);
    if (!series) throw new Error('No series booked');
    expect(sessionStarts(series.id)).toEqual([
      '2026-11-30T15:00:00.000Z',
      '2026-12-14T16:00:00.000Z',
      '2026-12-28T16:00:00.000Z',
    ]);
  });

  it('after a refusal marks every visit the server found taken, not only the first, while the diary cannot refresh', async () => {
    const request = addRequest();
    const { user, elena } = await openBooking(request);
    expect(await screen.findByText('Mon 28 Dec 2026, 10:00, 45 min')).toBeInTheDocument();
    // Sessions 2 and 3 are taken meanwhile, and the diary cannot be reloaded to show it.
    // Mondays 14 and 28 December, 10:00 in New York (EST).
    bookOther(elena.id, '2026-12-14T15:00:00.000Z');
    bookOther(elena.id, '2026-12-28T15:00:00.000Z');
    const unavailable = { type: 'about:blank', title: 'Unavailable', status: 503 };
    server.use(http.get(`${apiBaseUrl}/schedule`, () => HttpResponse.json(unavailable, { status: 503 })));

    await user.click(confirmButton());

    expect(await within(sessionItem(2)).findByRole('alert')).toHaveTextContent('This time was booked by someone else');
    for (const number of [2, 3]) {
      await waitFor(() => expect(sessionItem(number)).toHaveTextContent('Cannot book'));
      expect(sessionItem(number)).toHaveTextContent('This time was taken when you confirmed: choose another');
      expect(within(sessionItem(number)).queryByText('Free', { exact: true })).not.toBeInTheDocument();
    }
    expect(within(sessionItem(1)).getByText('Free', { exact: true })).toBeInTheDocument();
  });

  it('lets staff change a proposal: a shorter spacing warns, a time before the previous session blocks', async () => {
    const request = addRequest();
    const { user } = await openBooking(request);
    expect(await screen.findByText('Mon 14 Dec 2026, 10:00, 45 min')).toBeInTheDocument();

    await user.click(within(sessionItem(2)).getByRole('button', { name: 'Change visit 2' }));
    await pickDate(user, within(sessionItem(2)).getByRole('button', { name: /Visit 2 date/ }), 'Wed 2 Dec 2026');
    expect(sessionItem(2)).toHaveTextContent('Wed 2 Dec 2026, 10:00, 45 min (changed by you)');
    expect(sessionItem(2)).toHaveTextContent(
      'Warning: Only 2 days after visit 1: closer than the series spacing of 14 days',
    );
    // Visit 3 is proposed from the changed visit 2.
    expect(sessionItem(3)).toHaveTextContent('Wed 16 Dec 2026, 10:00');
    expect(confirmButton()).toBeEnabled();

    await pickDate(user, within(sessionItem(2)).getByRole('button', { name: /Visit 2 date/ }), 'Mon 30 Nov 2026');
    expect(sessionItem(2)).toHaveTextContent('Must start after visit 1 ends');
    expect(sessionItem(2)).toHaveTextContent('Cannot book');
    expect(confirmButton()).toBeDisabled();
    expect(screen.getByText('Visit 2 cannot be booked at that time')).toBeInTheDocument();

    await user.click(within(sessionItem(2)).getByRole('button', { name: 'Use the proposed time' }));
    expect(sessionItem(2)).toHaveTextContent('Mon 14 Dec 2026, 10:00, 45 min');
    expect(sessionItem(2)).not.toHaveTextContent('changed by you');
    expect(confirmButton()).toBeEnabled();
  });

  it('retries after a network failure with the same idempotency key and books exactly one series', async () => {
    const request = addRequest();
    const keys: string[] = [];
    const recordKey = async ({ request: sent }: { request: Request }) => {
      if (sent.method === 'POST' && new URL(sent.url).pathname.endsWith('/series')) {
        keys.push((await sent.clone().json()).idempotencyKey);
      }
    };
    server.events.on('request:start', recordKey);
    onTestFinished(() => server.events.removeListener('request:start', recordKey));
    const { user } = await openBooking(request);
    await screen.findByText('Mon 28 Dec 2026, 10:00, 45 min');

    failNext(1, 'network');
    await user.click(confirmButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not reach the server/);
    expect(seriesFor(request.id)).toHaveLength(0);
    expect(sessionItem(3)).toHaveTextContent('Mon 28 Dec 2026, 10:00');

    await user.dblClick(confirmButton());
    expect(await screen.findByRole('heading', { name: 'Series booked' })).toBeInTheDocument();
    expect(seriesFor(request.id)).toHaveLength(1);
    // The failed attempt and one retry (the double click sent it once), with one key.
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
  });

  it('offers the existing patient with the same phone number and books the series for them', async () => {
    const existing = buildPatient({ name: 'Paula Known' });
    db.patients.set(existing.id, existing);
    const request = addRequest({ phone: existing.phone, name: 'Paula Known' });
    const patientsBefore = db.patients.size;
    const { user } = await openBooking(request);

    const choice = screen.getByRole('radiogroup', { name: 'Which patient record is this for?' });
    expect(confirmButton()).toBeDisabled();
    expect(
      within(choice).getByRole('radio', { name: 'Create a new patient record from this request' }),
    ).toBeInTheDocument();
    await user.click(within(choice).getByRole('radio', { name: 'Use existing patient Paula Known' }));
    await user.click(confirmButton());

    expect(await screen.findByRole('heading', { name: 'Series booked' })).toBeInTheDocument();
    const [series] = seriesFor(request.id);
    expect(series?.patientId).toBe(existing.id);
    expect(db.patients.size).toBe(patientsBefore);
    expect(db.contactRequests.get(request.id)).toMatchObject({ status: 'booked', patientId: existing.id });
  });
});

describe('booking a treatment series for a patient', flow, () => {
  it('books from the patient record and offers the way back to the patient', async () => {
    const patient = buildPatient({ name: 'Pat Returning' });
    db.patients.set(patient.id, patient);
    const elena = clinician('Elena Park');
    clearDiary(elena.id);
    const { user } = await renderApp({ url: `/series/book?patientId=${patient.id}`, as: 'admin' });

    expect(await screen.findByRole('link', { name: 'Pat Returning' })).toHaveAttribute(
      'href',
      `/patients/${patient.id}`,
    );
    await choose(user, screen.getByRole('combobox', { name: 'Clinician' }), 'Elena Park');
    // Two visits, a week apart, an hour each.
    await user.clear(screen.getByRole('textbox', { name: 'Planned visits' }));
    await user.type(screen.getByRole('textbox', { name: 'Planned visits' }), '2');
    await user.clear(screen.getByRole('textbox', { name: 'Spacing (days)' }));
    await user.type(screen.getByRole('textbox', { name: 'Spacing (days)' }), '7');
    await choose(user, screen.getByRole('combobox', { name: 'Visit length' }), '60 min');
    // The earliest free start: an hour from now (10:00 in New York), on Elena Park's working day.
    expect(await screen.findByRole('listitem', { name: 'Visit 1 of 2' })).toHaveTextContent(
      'Wed 25 Nov 2026, 11:00, 60 min',
    );
    expect(screen.getByRole('listitem', { name: 'Visit 2 of 2' })).toHaveTextContent('Wed 2 Dec 2026, 11:00, 60 min');
    await user.click(screen.getByRole('button', { name: 'Confirm booking of 2 visits' }));

    expect(await screen.findByRole('heading', { name: 'Series booked' })).toBeInTheDocument();
    const series = [...db.series.values()].find((stored) => stored.patientId === patient.id);
    expect(series).toMatchObject({ plannedSessions: 2, spacingDays: 7, requestId: null, clinicianId: elena.id });
    expect(screen.getByRole('link', { name: 'Back to the patient' })).toHaveAttribute(
      'href',
      `/patients/${patient.id}`,
    );
  });

  it('shows the server field errors on the session they are about', async () => {
    const patient = buildPatient({ name: 'Pat Late' });
    db.patients.set(patient.id, patient);
    clearDiary(clinician('Elena Park').id);
    const { user } = await renderApp({ url: `/series/book?patientId=${patient.id}`, as: 'front_desk' });
    await choose(user, await screen.findByRole('combobox', { name: 'Clinician' }), 'Elena Park');
    const first = await screen.findByRole('listitem', { name: 'Visit 1 of 3' });
    expect(first).toHaveTextContent('Wed 25 Nov 2026, 11:00');
    const seriesBefore = db.series.size;

    // The form stayed open past visit 1's start.
    clock.setNow('2026-11-25T16:30:00Z');
    await user.click(confirmButton());

    expect(await within(first).findByText('Visit 1: choose a time in the future')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Some visits cannot be booked at those times');
    expect(db.series.size).toBe(seriesBefore);
  });
});
