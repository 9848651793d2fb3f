import { db } from '@mocks/server/db';
import { renderApp, screen, waitFor, within } from '@tests/test-utils';
import { describe, expect, it } from 'vitest';

const patientWithSeries = () => {
  const series = [...db.series.values()][0];
  const patient = series && db.patients.get(series.patientId);
  if (!patient) throw new Error('The typical seed has a patient with a series');
  return patient;
};

describe('a patient page', () => {
  it('shows the contact details, the series and a way to book another', async () => {
    const patient = patientWithSeries();
    const { user, router } = await renderApp({ url: `/patients/${patient.id}` });

    expect(await screen.findByRole('heading', { level: 2, name: patient.name })).toBeVisible();
    // Stored as E.164, shown as the clinic's country writes it.
    expect(screen.getByText(patient.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3'))).toBeVisible();
    const series = await screen.findByRole('list', { name: 'Treatment series' });
    expect(within(series).getAllByRole('link', { name: /visits done/ }).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('link', { name: 'Book treatment series' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/series/book'));
    expect(router.state.location.search).toBe(`?patientId=${patient.id}`);
  });

  it('asks for a clinician review when the patient has screening flags', async () => {
    const patient = patientWithSeries();
    db.patients.set(patient.id, { ...patient, screeningFlags: ['pregnant'] });
    await renderApp({ url: `/patients/${patient.id}`, as: 'clinician' });

    const review = (await screen.findByText('Clinician review before treating')).closest(
      '[role="alert"], .mantine-Alert-root',
    );
    if (!(review instanceof HTMLElement)) throw new Error('The review notice is an alert');
    expect(within(review).getByText('Pregnant')).toBeVisible();
  });

  it('says so when the patient does not exist', async () => {
    await renderApp({ url: '/patients/pat_missing' });
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});
