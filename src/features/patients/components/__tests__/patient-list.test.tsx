import { server } from '@mocks/runtime/node';
import { db } from '@mocks/server/db';
import { http } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { apiBaseUrl } from '@/config/env';
import { renderApp, screen, waitFor, within } from '../../../../../tests/test-utils';

/** Records every API request URL and body, without answering it (the mock handlers still do). */
function watchRequests() {
  const seen: { url: string; body: string }[] = [];
  const record = async ({ request }: { request: Request }) => {
    seen.push({ url: request.url, body: request.method === 'GET' ? '' : await request.clone().text() });
  };
  server.events.on('request:start', record);
  onTestFinished(() => server.events.removeListener('request:start', record));
  return seen;
}

const flaggedPatient = () => {
  const patient = [...db.patients.values()].find((candidate) => candidate.screeningFlags.length > 0);
  if (!patient) throw new Error('The typical seed has a flagged patient');
  return patient;
};

describe('the patients list', { timeout: 40_000 }, () => {
  it('finds a patient by phone, with the number only in the request body', async () => {
    const patient = [...db.patients.values()][5];
    if (!patient) throw new Error('The typical seed has patients');
    const seen = watchRequests();
    const { user, router } = await renderApp({ url: '/patients' });
    const table = await screen.findByRole('table', { name: /Patients, page 1/ }, { timeout: 15_000 });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(5);

    const digits = patient.phone.slice(-10);
    const typed = `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
    await user.type(screen.getByRole('searchbox', { name: 'Search patients' }), typed);
    const row = await screen.findByRole('row', { name: new RegExp(patient.name) });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 patient in this view'));

    // The watcher reads each body asynchronously: the last one may land after the answer.
    await waitFor(() => expect(seen.map(({ body }) => body).join()).toContain(JSON.stringify(typed)));
    expect(seen.every(({ url }) => !url.includes(digits.slice(-4)))).toBe(true);
    expect(router.state.location.search).toBe('');

    await user.click(within(row).getByRole('link', { name: patient.name }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/patients/${patient.id}`));
  });

  it('filters to flags needing review and sorts by next visit, keeping the view in the URL', async () => {
    const patient = flaggedPatient();
    const { user, router } = await renderApp({ url: '/patients' });
    await screen.findByRole('table', { name: /Patients, page 1/ }, { timeout: 15_000 });

    await user.click(screen.getByRole('checkbox', { name: 'Flags needing review' }));
    await waitFor(() => expect(router.state.location.search).toBe('?review=true'));
    const flagged = [...db.patients.values()].filter((candidate) => candidate.screeningFlags.length > 0);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(`${flagged.length} patients in this view`),
    );
    expect(screen.getByRole('row', { name: new RegExp(patient.name) })).toBeVisible();

    await user.click(screen.getByRole('button', { name: /Next visit/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?review=true&sort=nextVisit&order=asc'));
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /Next visit/ })).toHaveAttribute('aria-sort', 'ascending'),
    );
  });

  it('says what went wrong and offers a retry when the search fails', async () => {
    // The app tries a query three times (two retries) before it shows the error.
    let failures = 0;
    server.use(
      http.post(`${apiBaseUrl}/patients/search`, () => {
        if (failures >= 3) return undefined;
        failures += 1;
        return new Response(null, { status: 503 });
      }),
    );
    const { user } = await renderApp({ url: '/patients' });
    await user.click(await screen.findByRole('button', { name: 'Try again' }, { timeout: 10_000 }));
    expect(await screen.findByRole('table', { name: /Patients, page 1/ })).toBeVisible();
  });
});
