import { db } from '@mocks/server/db';
import { describe, expect, it } from 'vitest';
import { renderApp, screen, waitFor, within } from '../../../../../tests/test-utils';

/** A seeded request flagged as possibly an existing patient, matched on one detail and differing on another. */
function flaggedRequest() {
  const request = [...db.contactRequests.values()].find(
    (candidate) => candidate.duplicateOf?.kind === 'patient' && candidate.duplicateOf.matchedOn === 'phone',
  );
  const patient = request?.duplicateOf && db.patients.get(request.duplicateOf.id);
  if (!request || !patient) throw new Error('The typical seed has a request with the phone of a patient');
  return { request, patient };
}

const openDrawer = async (requestId: string, as: 'front_desk' | 'clinician' = 'front_desk') => {
  const app = await renderApp({ url: `/requests/${requestId}`, as });
  const drawer = await screen.findByRole('dialog', {}, { timeout: 10_000 });
  return { ...app, drawer };
};

describe('a possible duplicate', { timeout: 40_000 }, () => {
  it('is merged into the existing patient, keeping both records and saying who merged what', async () => {
    const { request, patient } = flaggedRequest();
    const { user, drawer } = await openDrawer(request.id);
    await user.click(await within(drawer).findByRole('button', { name: 'Same person: merge…' }));

    const dialog = await screen.findByRole('dialog', { name: `Merge into ${patient.name}'s record` });
    const details = within(dialog).getByRole('table', { name: 'Contact details to keep' });
    expect(within(details).getByRole('row', { name: /Phone/ })).toHaveTextContent('Same');
    await user.click(
      within(within(details).getByRole('radiogroup', { name: 'Email to keep' })).getByLabelText("The request's"),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Merge into this patient' }));

    expect(await screen.findByText(`The request is now on ${patient.name}'s record.`)).toBeVisible();
    await waitFor(() => expect(within(drawer).queryByText('Possible duplicate')).not.toBeInTheDocument());
    expect(within(drawer).getByRole('link', { name: 'Open the patient record' })).toBeVisible();

    expect(db.contactRequests.get(request.id)).toMatchObject({ patientId: patient.id, duplicateOf: null });
    expect(db.contactRequests.get(request.id)?.message).toBe(request.message);
    const merged = db.patients.get(patient.id);
    expect(merged?.email).toBe(request.email);
    expect(merged?.notes).toContain(`email before merging ${request.id}: ${patient.email}`);
    const entry = db.audit.at(-1);
    expect(entry).toMatchObject({
      entity: 'patient',
      entityId: patient.id,
      action: 'merge',
      actorName: 'Jordan Blake',
    });
  });

  it('is marked as not the same person, and the flag goes away for good', async () => {
    const { request, patient } = flaggedRequest();
    const { user, drawer } = await openDrawer(request.id);
    await user.click(await within(drawer).findByRole('button', { name: 'Not the same person' }));
    await waitFor(() => expect(within(drawer).queryByText('Possible duplicate')).not.toBeInTheDocument());
    await waitFor(() => expect(db.contactRequests.get(request.id)?.duplicateOf).toBeNull());
    expect(db.contactRequests.get(request.id)?.patientId).toBeNull();
    expect(db.patients.get(patient.id)).toEqual(patient);
    expect(db.audit.at(-1)?.summary).toContain(`not the same person as patient ${patient.name}`);
  });
});
