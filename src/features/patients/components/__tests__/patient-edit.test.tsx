import { db } from '@mocks/server/db';
import { describe, expect, it } from 'vitest';
import { renderApp, screen, waitFor, within } from '../../../../../tests/test-utils';

const somePatient = () => {
  const patient = [...db.patients.values()].find((candidate) => candidate.screeningFlags.length === 0);
  if (!patient) throw new Error('The typical seed has patients without screening flags');
  return patient;
};

describe("editing a patient's record", { timeout: 40_000 }, () => {
  it('keeps the typed text and shows the newer data when someone else saved first', async () => {
    const patient = somePatient();
    const { user } = await renderApp({ url: `/patients/${patient.id}` });
    await user.click(await screen.findByRole('button', { name: 'Edit contact details' }, { timeout: 15_000 }));
    const form = screen.getByRole('form', { name: 'Edit contact details' });
    const notes = within(form).getByRole('textbox', { name: 'Notes' });
    await user.clear(notes);
    await user.type(notes, 'Prefers afternoon calls');

    // Someone else changes the phone number meanwhile.
    db.patients.set(patient.id, { ...patient, phone: '+16175550199', version: patient.version + 1 });
    await user.click(within(form).getByRole('button', { name: 'Save contact details' }));

    const notice = await within(form).findByRole('alert');
    expect(notice).toHaveTextContent('Someone else changed this patient');
    expect(notice).toHaveTextContent('Phone: (617) 555-0199');
    expect(notes).toHaveValue('Prefers afternoon calls');
    expect(db.patients.get(patient.id)?.notes).toBe(patient.notes);

    await user.click(within(form).getByRole('button', { name: 'Save mine over the newer version' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit contact details' })).not.toBeInTheDocument());
    expect(db.patients.get(patient.id)).toMatchObject({
      notes: 'Prefers afternoon calls',
      version: patient.version + 2,
    });
    expect(screen.getByText('Prefers afternoon calls')).toBeVisible();
    const history = await screen.findByRole('list', { name: 'Record history' });
    expect(await within(history).findByText(/Updated .*: phone, notes/)).toBeVisible();
  });

  it('shows a field error from the form and saves nothing', async () => {
    const patient = somePatient();
    const { user } = await renderApp({ url: `/patients/${patient.id}` });
    await user.click(await screen.findByRole('button', { name: 'Edit contact details' }, { timeout: 15_000 }));
    const form = screen.getByRole('form', { name: 'Edit contact details' });
    const phone = within(form).getByRole('textbox', { name: 'Phone' });
    await user.clear(phone);
    await user.type(phone, '12');
    await user.click(within(form).getByRole('button', { name: 'Save contact details' }));
    expect(await within(form).findByText('Enter a valid phone number, e.g. (201) 555-0123')).toBeVisible();
    expect(phone).toHaveValue('12');
    expect(db.patients.get(patient.id)?.version).toBe(patient.version);
  });

  it("shows the number in the clinic's format to edit, and saves another country's number as E.164", async () => {
    const patient = { ...somePatient(), phone: '+16175550142' };
    db.patients.set(patient.id, patient);
    const { user } = await renderApp({ url: `/patients/${patient.id}` });
    await user.click(await screen.findByRole('button', { name: 'Edit contact details' }, { timeout: 15_000 }));
    const form = screen.getByRole('form', { name: 'Edit contact details' });
    const phone = within(form).getByRole('textbox', { name: 'Phone' });
    expect(phone).toHaveValue('(617) 555-0142');
    await user.clear(phone);
    await user.type(phone, '+44 20 7946 0018');
    await user.click(within(form).getByRole('button', { name: 'Save contact details' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit contact details' })).not.toBeInTheDocument());
    expect(db.patients.get(patient.id)?.phone).toBe('+442079460018');
    expect(screen.getByText('+44 20 7946 0018')).toBeVisible();
  });

  it('lets front desk read the clinical review but not edit it', async () => {
    const patient = somePatient();
    db.patients.set(patient.id, { ...patient, screeningFlags: ['anticoagulants'], clinicalNotes: 'On warfarin' });
    await renderApp({ url: `/patients/${patient.id}` });
    const review = await screen.findByRole('region', { name: 'Clinical review' }, { timeout: 15_000 });
    expect(within(review).getByText('On warfarin')).toBeVisible();
    expect(within(review).getByText('Takes anticoagulants')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Edit clinical review' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit contact details' })).toBeVisible();
  });

  it('lets a clinician set a screening flag and clinical notes', async () => {
    const patient = somePatient();
    const { user } = await renderApp({ url: `/patients/${patient.id}`, as: 'clinician' });
    await user.click(await screen.findByRole('button', { name: 'Edit clinical review' }, { timeout: 15_000 }));
    const form = screen.getByRole('form', { name: 'Edit clinical review' });
    await user.click(within(form).getByRole('checkbox', { name: 'History of blood clots' }));
    await user.type(within(form).getByRole('textbox', { name: 'Clinical notes' }), 'DVT in 2019');
    await user.click(within(form).getByRole('button', { name: 'Save clinical review' }));

    expect(await screen.findByText('Clinician review before treating')).toBeVisible();
    expect(db.patients.get(patient.id)).toMatchObject({
      screeningFlags: ['blood_clot_history'],
      clinicalNotes: 'DVT in 2019',
    });
  });
});
